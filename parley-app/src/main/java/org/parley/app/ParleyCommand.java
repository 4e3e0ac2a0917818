package org.parley.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command: turns news into sourced, structured political event data. */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    version = "parley 0.1.0",
    description = "Turns news articles into sourced, structured political event data.",
    subcommands = {RunCommand.class, IngestCommand.class, WatchCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class, ExtractCommand.class, PageCommand.class, EvalCommand.class, PeerCommand.class, org.parley.app.bench.BenchCommand.class, CommandLine.HelpCommand.class})
public final class ParleyCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, with Parley's exception-to-exit-code mapping. */
  public static CommandLine commandLine() {
    Logging.quietByDefault();
    var cmd = new CommandLine(new ParleyCommand());
    var errors = new ErrorReporting();
    cmd.setExitCodeExceptionMapper(ExitCodes::forException);
    cmd.setParameterExceptionHandler(errors);
    cmd.setExecutionExceptionHandler(errors);
    return cmd;
  }
}
