package org.parley.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.app.ingest.ReadAhead;
import org.parley.app.ingest.TimedTasks;
import org.parley.core.error.BadInputException;
import org.parley.core.json.ExtractionJson;
import org.parley.core.record.Extraction;
import org.parley.extract.quotes.Utterances;
import org.parley.ingest.source.ReadResult;
import org.parley.nlp.NlpOptions;
import org.parley.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code parley extract}: one extraction record per article, as JSON Lines on stdout. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts actors, events, quotes, times, places, themes and tone from articles.",
      "Writes one extraction record per article as JSON Lines to stdout; progress and problems go to stderr.",
      "Exit status: 0 when every article was extracted, 2 when some were rejected, 1 on a failure."
    })
final class ExtractCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "INPUT",
      arity = "0..*",
      description = "A .txt or .html file, a folder of them, a .jsonl file (one article per line), or - for stdin (the default).")
  List<String> inputs = new ArrayList<>();

  @picocli.CommandLine.Mixin ExtractionOptions options;

  enum Order { input, finished }

  @picocli.CommandLine.Option(names = "--order", description = "Write records in input order (the default; a slow article "
      + "holds back those after it, at most --max-seconds) or as they are finished (${COMPLETION-CANDIDATES}).")
  Order order = Order.input;

  enum QuoteUnit { quotes, utterances }

  @picocli.CommandLine.Option(names = "--quote-unit", description = "One quote per quoted stretch (the default, as the "
      + "record format defines it) or one per utterance, its parts joined across the attribution that breaks it, as "
      + "attribution corpora such as PolNeAR count them (${COMPLETION-CANDIDATES}).")
  QuoteUnit quoteUnit = QuoteUnit.quotes;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Articles read ahead of the oldest one not yet written, per extraction thread. */
  private static final int WINDOW_PER_THREAD = 4;

  /** An article being extracted, waiting for its turn to be written out. */
  private record Pending(ReadResult.Read read, TimedTasks.Task<Extraction> task) {}

  private PrintWriter out;
  private PrintWriter err;
  private final AtomicInteger rejected = new AtomicInteger();
  private int failed;
  private int extracted;
  private int notAnalysed;

  /**
   * Reads, extracts and writes as a stream: a reader thread hands articles over through a bounded
   * queue, and at most a window of them is in the pipeline or waiting to be written, so memory does
   * not grow with the input, whatever its size. Records keep the input order unless asked otherwise.
   */
  @Override
  public Integer call() throws InterruptedException {
    out = spec.commandLine().getOut();
    err = spec.commandLine().getErr();
    if (inputs.isEmpty()) {
      inputs = List.of("-");
    }
    int window = Math.max(2, options.threads * WINDOW_PER_THREAD);
    var articles = new org.parley.ingest.source.ArticleReader(options.readLimits());
    var reading = new ReadAhead(sink -> inputs.forEach(input -> articles.read(input, System.in, sink)), window);
    Pipeline pipeline = null;
    // Decided once, with the models, when the first article comes.
    Optional<LocalDate> fallback = Optional.empty();
    var dates = options.assumedDates(err);
    try (reading; var pool = new TimedTasks(options.threads, options.limit(), "parley-extract")) {
      Deque<Pending> pending = new ArrayDeque<>();
      for (Optional<ReadResult> next = reading.next(); next.isPresent(); next = reading.next()) {
        ReadResult item = next.get();
        if (item instanceof ReadResult.Rejected) {
          err.println("parley extract: skipped " + item);
          rejected.incrementAndGet();
          continue;
        }
        var read = (ReadResult.Read) item;
        if (pipeline == null) {
          err.println("parley extract: loading models");
          err.flush();
          pipeline = Pipeline.standard(NlpOptions.defaults(), options.dictionary);
          fallback = Optional.of(options.fallbackDate());
        }
        Pipeline loaded = pipeline;
        LocalDate published = fallback.get();
        pending.add(new Pending(read, pool.submit(() -> loaded.process(read.article(), published))));
        while (pending.size() >= window) {
          write(take(pending), dates);
        }
      }
      while (!pending.isEmpty()) {
        write(take(pending), dates);
      }
    }
    if (pipeline == null) {
      err.println("parley extract: no articles to extract");
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    err.printf("parley extract: %d extracted (%d of them not analysed, text only), %d rejected, %d failed%n", extracted,
        notAnalysed, rejected.get(), failed);
    err.flush();
    return failed > 0 ? ExitCodes.FAILED : rejected.get() > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
  }

  private void write(Pending p, org.parley.app.ingest.AssumedDates dates) throws InterruptedException {
    String origin = p.read().article().origin();
    try {
      Extraction record = p.task().get();
      if (quoteUnit == QuoteUnit.utterances) {
        record = Utterances.joined(record);
      }
      dates.check(origin, record);
      out.println(ExtractionJson.toLine(record));
      out.flush();
      extracted++;
      if (!record.analysed()) {
        err.println("parley extract: not analysed " + origin + ": " + record.notAnalysed().get());
        notAnalysed++;
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof BadInputException) {
        err.println("parley extract: skipped " + cause.getMessage());
        rejected.incrementAndGet();
      } else {
        err.println("parley extract: failed " + origin + ": " + cause);
        failed++;
      }
    } catch (java.util.concurrent.TimeoutException e) {
      err.println("parley extract: skipped " + origin + ": " + e.getMessage() + " (raise --max-seconds for very long articles)");
      rejected.incrementAndGet();
    }
    err.printf("parley extract: %d done%n", extracted + failed);
    err.flush();
  }

  /** The next article to write out: the first in input order, or with --order finished, the first done. */
  private Pending take(Deque<Pending> pending) throws InterruptedException {
    if (order == Order.input) {
      return pending.removeFirst();
    }
    while (true) {
      for (var it = pending.iterator(); it.hasNext(); ) {
        Pending p = it.next();
        if (p.task().settled()) {
          it.remove();
          return p;
        }
      }
      Thread.sleep(10);
    }
  }
}
