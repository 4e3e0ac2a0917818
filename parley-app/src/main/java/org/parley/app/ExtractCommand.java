package org.parley.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (inputs.isEmpty()) {
      inputs = List.of("-");
    }
    List<ReadResult> items = ExtractionOptions.read(inputs, System.in, options.readLimits());
    var rejected = new AtomicInteger();
    items.stream().filter(r -> r instanceof ReadResult.Rejected).forEach(r -> {
      err.println("parley extract: skipped " + r);
      rejected.incrementAndGet();
    });
    List<ReadResult.Read> articles = items.stream().filter(r -> r instanceof ReadResult.Read).map(r -> (ReadResult.Read) r).toList();
    if (articles.isEmpty()) {
      err.println("parley extract: no articles to extract");
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    err.printf("parley extract: loading models for %d article(s)%n", articles.size());
    err.flush();
    Pipeline pipeline = Pipeline.standard(NlpOptions.defaults(), options.dictionary);
    LocalDate fallback = options.fallbackDate();
    var dates = options.assumedDates(err);
    int failed = 0;
    int extracted = 0;
    int notAnalysed = 0;
    try (var pool = new org.parley.app.ingest.TimedTasks(options.threads, options.limit(), "parley-extract")) {
      List<org.parley.app.ingest.TimedTasks.Task<Extraction>> futures = new ArrayList<>();
      for (var read : articles) {
        futures.add(pool.submit(() -> pipeline.process(read.article(), fallback)));
      }
      List<Integer> pending = new java.util.LinkedList<>();
      for (int i = 0; i < futures.size(); i++) {
        pending.add(i);
      }
      int done = 0;
      while (!pending.isEmpty()) {
        int i = next(pending, futures);
        done++;
        try {
          Extraction record = futures.get(i).get();
          if (quoteUnit == QuoteUnit.utterances) {
            record = Utterances.joined(record);
          }
          dates.check(articles.get(i).article().origin(), record);
          out.println(ExtractionJson.toLine(record));
          out.flush();
          extracted++;
          if (!record.analysed()) {
            err.println("parley extract: not analysed " + articles.get(i).article().origin() + ": " + record.notAnalysed().get());
            notAnalysed++;
          }
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof BadInputException) {
            err.println("parley extract: skipped " + cause.getMessage());
            rejected.incrementAndGet();
          } else {
            err.println("parley extract: failed " + articles.get(i).article().origin() + ": " + cause);
            failed++;
          }
        } catch (java.util.concurrent.TimeoutException e) {
          err.println("parley extract: skipped " + articles.get(i).article().origin() + ": " + e.getMessage()
              + " (raise --max-seconds for very long articles)");
          rejected.incrementAndGet();
        }
        err.printf("parley extract: %d/%d%n", done, futures.size());
        err.flush();
      }
    }
    err.printf("parley extract: %d extracted (%d of them not analysed, text only), %d rejected, %d failed%n", extracted,
        notAnalysed, rejected.get(), failed);
    err.flush();
    return failed > 0 ? ExitCodes.FAILED : rejected.get() > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
  }

  /** The next article to write out: the first in input order, or with --order finished, the first done. */
  private int next(List<Integer> pending, List<org.parley.app.ingest.TimedTasks.Task<Extraction>> tasks) throws InterruptedException {
    if (order == Order.input) {
      return pending.remove(0);
    }
    while (true) {
      for (var it = pending.iterator(); it.hasNext(); ) {
        int i = it.next();
        if (tasks.get(i).settled()) {
          it.remove();
          return i;
        }
      }
      Thread.sleep(10);
    }
  }
}
