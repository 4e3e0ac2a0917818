package org.parley.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.eval.Evaluation;
import org.parley.eval.GoldSet;
import org.parley.eval.RecordSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley eval GOLD_DIR RECORDS}: measures extraction records against gold annotations. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
        "Scores extraction records against gold annotations (the format in docs/GOLD-FORMAT.md):",
        "actors, quotes and speakers, times, places, and events (lenient and strict)."
    })
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder of NAME.gold.json files.")
  Path goldDir;

  @Parameters(index = "1", paramLabel = "RECORDS", description = "JSON Lines of extraction records, or a folder of them.")
  Path records;

  @Option(names = "--json", description = "Print the scores as one JSON object.")
  boolean json;

  @Option(names = "--verbose", description = "Explain every miss, article by article.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    var result = Evaluation.run(GoldSet.load(goldDir), RecordSet.load(records));
    PrintWriter out = spec.commandLine().getOut();
    if (verbose) {
      result.explanations().forEach((doc, lines) -> {
        out.println("# " + doc);
        lines.forEach(out::println);
      });
    }
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result.scores()));
    } else {
      result.scores().forEach((k, v) -> out.println(v instanceof Double d
          ? String.format(Locale.ROOT, "%-22s %.3f", k, d)
          : String.format(Locale.ROOT, "%-22s %s", k, v)));
    }
    out.println(result.summary());
    out.flush();
    return ExitCodes.OK;
  }
}
