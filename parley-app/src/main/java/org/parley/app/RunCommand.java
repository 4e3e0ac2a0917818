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
        "Ingests sources (default: the bundled sample articles, served as a local RSS feed) into the store",
        "(default: ~/.parley/store), extracting and de-duplicating, then prints a summary of what was added, linked and rejected."
    })
final class RunCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SOURCE", arity = "0..*", description = "As for `parley ingest`; default: the bundled samples.")
  List<String> sources = new ArrayList<>();

  @Mixin StoreOption store;

  @Mixin ExtractionOptions options;
  @Mixin FetchOptions fetch;

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
    if (sources.isEmpty()) {
      try (SampleFeed feed = new SampleFeed(samples())) {
        // The sample feed is on this machine's loopback address, which feeds are otherwise kept from.
        fetch.allowPrivate = true;
        fetch.politenessMillis = 0;
        summary = IngestCommand.ingest(List.of(feed.feedUrl()), store, options, fetch, err);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot serve the sample feed", e);
      }
    } else {
      summary = IngestCommand.ingest(sources, store, options, fetch, err);
    }
    out.println("parley run: " + summary.describe());
    try (Store s = store.open()) {
      StoreStats stats = s.stats();
      out.printf("parley run: the store at %s holds %d articles (%d sources), %d events, %d quotes, %d actors%n",
          s.location(), stats.articles(), stats.sources(), stats.events(), stats.quotes(), stats.actors());
      out.println("parley run: ask it with `./parley query events --dyad USA-CHN`, `./parley query quotes --speaker NAME`,"
          + " `./parley export --format csv`");
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
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("samples").resolve("articles.jsonl");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new org.parley.core.error.BadInputException("no samples/articles.jsonl here or above; name the sources to ingest");
  }
}
