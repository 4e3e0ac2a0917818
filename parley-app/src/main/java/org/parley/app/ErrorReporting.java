package org.parley.app;

import java.io.PrintWriter;
import org.parley.core.error.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * How a person's mistake is told: one line naming what is wrong and what to do, exit status 2, no
 * stack trace. Anything else is Parley's own failure, and keeps its stack trace for the bug report.
 */
final class ErrorReporting implements IParameterExceptionHandler, IExecutionExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("parley: " + e.getMessage().strip() + "; see '" + cmd.getCommandSpec().qualifiedName() + " --help'");
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) throws Exception {
    if (e instanceof BadInputException bad) {
      PrintWriter err = cmd.getErr();
      err.println("parley: " + bad.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    throw e;
  }
}
