package org.parley.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.app.ingest.IngestSummary;
import org.parley.app.ingest.Ingestor;
import org.parley.app.ingest.ReadAhead;
import org.parley.pipeline.ingest.IngestService;
import org.parley.nlp.NlpOptions;
import org.parley.pipeline.Pipeline;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code parley ingest}: articles into the store, once each, with their extraction records. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Extracts articles and stores them with their records; a copy of a stored article (same or nearly the "
        + "same cleaned text) is linked to it as another source instead. Exit status: 0, 2 if some were rejected, 1 on a failure.")
final class IngestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SOURCE", arity = "1..*",
      description = "An RSS or Atom feed URL, a .txt, .html, .jsonl or .warc(.gz) file, a folder of them, or - for stdin.")
  List<String> sources = new ArrayList<>();

  @Mixin StoreOption store;

  @Mixin ExtractionOptions options;
  @Mixin FetchOptions fetch;
  @Mixin CopiesOption copies;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IngestSummary summary = ingest(sources, store, options, fetch, copies, err);
    out.println("parley ingest: " + summary.describe());
    out.flush();
    return summary.failed().isEmpty() ? (summary.rejected().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT) : ExitCodes.FAILED;
  }

  static IngestSummary ingest(List<String> inputs, StoreOption storeOption, ExtractionOptions options,
      FetchOptions fetch, CopiesOption copies, PrintWriter err) throws InterruptedException {
    Sources.requireReadable(inputs);
    int remembered = copies.remembered();
    var timeLimit = options.limit();
    var readLimits = options.readLimits();
    try (Store store = storeOption.open()) {
      err.printf("parley: loading models; store %s%n", store.location());
      err.flush();
      Pipeline pipeline = Pipeline.standard(NlpOptions.defaults(), options.dictionary);
      var ingestor = new Ingestor(new IngestService(pipeline, store, remembered), options.threads, timeLimit);
      var sources = new Sources(fetch.policy(), readLimits);
      IngestSummary summary;
      try (var articles = new ReadAhead(sink -> sources.read(inputs, store, System.in, err, sink), ingestor.window())) {
        summary = ingestor.ingest(articles, options.fallbackDate(), err, options.assumedDates(err));
      }
      summary.rejected().forEach(r -> err.println("parley: skipped " + r));
      summary.failed().forEach(f -> err.println("parley: failed " + f));
      err.flush();
      return summary;
    }
  }
}
