package org.parley.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.app.ingest.IngestSummary;
import org.parley.store.Store;
import org.parley.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley run}: the main job. With no arguments it ingests the bundled sample articles into
 * the embedded store and prints what the store now holds.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
        "Ingests the bundled sample articles, or the sources given, into the store and serves the web UI.",
        "Articles are extracted and de-duplicated; a summary tells what was "
            + "added, linked and rejected, and which dyads, actors and countries the store holds most events of."
    })
final class RunCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SOURCE", arity = "0..*", description = "As for `parley ingest`; default: the bundled samples.")
  List<String> sources = new ArrayList<>();

  @Mixin StoreOption store;

  @Mixin ExtractionOptions options;
  @Mixin FetchOptions fetch;
  @Mixin CopiesOption copies;

  @Option(names = "--no-serve", description = "Stop after ingesting instead of serving the web UI.")
  boolean noServe;

  @Option(names = "--port", description = "Port of the web UI on this machine (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IngestSummary summary;
    // The samples go in as the JSON Lines they are, so that their ids, titles and outlets are kept.
    summary = IngestCommand.ingest(sources.isEmpty() ? List.of(samples().toString()) : sources, store, options, fetch, copies, err);
    out.println("parley run: " + summary.describe());
    try (Store s = store.open()) {
      StoreStats stats = s.stats();
      out.printf("parley run: the store at %s holds %d articles (%d sources), %d events, %d quotes, %d actors%n",
          s.location(), stats.articles(), stats.sources(), stats.events(), stats.quotes(), stats.actors());
      Suggestions.of(s).lines().forEach(line -> out.println("parley run: " + line));
    }
    out.flush();
    if (!noServe) {
      try (Store s = store.open();
           var server = new org.parley.app.web.ApiServer("127.0.0.1", port, s,
               () -> org.parley.pipeline.Pipeline.standard(org.parley.nlp.NlpOptions.defaults(), options.dictionary),
               java.util.Optional.empty())) {
        server.start();
        out.printf("parley run: browse http://127.0.0.1:%d/ (Ctrl-C to stop)%n", server.port());
        out.flush();
        new java.util.concurrent.CountDownLatch(1).await();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot serve the web UI on port " + port, e);
      }
    }
    return summary.failed().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
  }

  /** The bundled sample articles: beside the launcher's working copy. */
  private static Path samples() {
    // The launcher names its own folder, so that `parley run` finds the samples from anywhere.
    Path home = Path.of(System.getProperty("parley.home", "")).toAbsolutePath();
    if (Files.isRegularFile(home.resolve("samples").resolve("articles.jsonl"))) {
      return home.resolve("samples").resolve("articles.jsonl");
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("samples").resolve("articles.jsonl");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new org.parley.core.error.BadInputException("no samples/articles.jsonl here or above; name the sources to ingest");
  }
}
