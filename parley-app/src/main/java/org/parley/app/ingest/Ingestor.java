package org.parley.app.ingest;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.parley.core.error.BadInputException;
import org.parley.core.record.Extraction;
import org.parley.ingest.source.ReadResult;
import org.parley.pipeline.Pipeline;
import org.parley.pipeline.ingest.Candidate;
import org.parley.pipeline.ingest.IngestService;
import org.parley.pipeline.ingest.Verdict;
import org.parley.store.SourceRef;
import org.parley.store.Store;

/**
 * The command line's driver of {@link IngestService}: articles are taken in input order, judged,
 * and the fresh ones and updates extracted in parallel, a bounded window at a time, each stored in
 * one transaction. A copy's source is linked once the article it copies is stored. A bad article is
 * reported and skipped; the batch goes on. Memory does not grow with the input.
 */
public final class Ingestor {
  /** The time one article may take by default: a hundred times a long article's. */
  public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(60);

  /** Articles in flight per extraction thread. */
  private static final int WINDOW_PER_THREAD = 4;

  private final IngestService service;
  private final int threads;
  private final Duration limit;

  public Ingestor(Pipeline pipeline, Store store, int threads) {
    this(new IngestService(pipeline, store), threads, DEFAULT_LIMIT);
  }

  /** @param limit the time one article may take before it is given up and reported */
  public Ingestor(IngestService service, int threads, Duration limit) {
    this.service = service;
    this.threads = Math.max(1, threads);
    this.limit = limit;
  }

  /** How many articles a run keeps in flight: the bound on its memory. */
  public int window() {
    return threads * WINDOW_PER_THREAD;
  }

  /** An article being extracted, and the copies' sources waiting for it to be stored. */
  private record Pending(Candidate candidate, boolean update, TimedTasks.Task<Extraction> extraction, List<SourceRef> copies) {}

  /** The running counts of one ingestion. */
  private static final class Tally {
    int added;
    int updated;
    int exact;
    int near;
    int notAnalysed;
    int extracted;
    final List<String> rejected = new ArrayList<>();
    final List<String> failed = new ArrayList<>();
  }

  public IngestSummary ingest(List<ReadResult> items, LocalDate fallback, PrintWriter progress) throws InterruptedException {
    try (ReadAhead articles = ReadAhead.of(items)) {
      return ingest(articles, fallback, progress, AssumedDates.warningTo(progress));
    }
  }

  /** @param dates told of every article whose publication date had to be assumed */
  public IngestSummary ingest(ReadAhead articles, LocalDate fallback, PrintWriter progress, AssumedDates dates)
      throws InterruptedException {
    long started = System.nanoTime();
    Tally tally = new Tally();
    // A bar on a terminal; plain lines where stderr is a file or a pipe (logs, tests).
    Optional<ProgressBar> bar = System.console() != null
        ? Optional.of(new ProgressBarBuilder().setTaskName("extracting").setInitialMax(-1).setStyle(ProgressBarStyle.ASCII).build())
        : Optional.empty();
    try (TimedTasks pool = new TimedTasks(threads, limit, "parley-ingest")) {
      Deque<Pending> window = new ArrayDeque<>();
      Map<String, Pending> inFlight = new HashMap<>();
      for (Optional<ReadResult> next = articles.next(); next.isPresent(); next = articles.next()) {
        if (next.get() instanceof ReadResult.Rejected r) {
          tally.rejected.add(r.toString());
          continue;
        }
        IngestService.Admitted admitted;
        try {
          admitted = service.admit(((ReadResult.Read) next.get()).article(), fallback);
        } catch (BadInputException e) {
          tally.rejected.add(e.getMessage());
          continue;
        }
        Candidate c = admitted.candidate();
        if (admitted.verdict() instanceof Verdict.Copy copy) {
          if (copy.duplicate().equals("exact")) {
            tally.exact++;
          } else {
            tally.near++;
          }
          SourceRef source = c.sourceAs(copy.duplicate());
          Pending original = inFlight.get(copy.canonical());
          if (original != null) {
            original.copies().add(source);
          } else {
            service.link(copy.canonical(), source);
          }
          continue;
        }
        Pending p = new Pending(c, admitted.verdict() instanceof Verdict.Update, pool.submit(() -> service.extract(c)),
            new ArrayList<>());
        window.add(p);
        inFlight.put(c.id(), p);
        while (window.size() >= window()) {
          finish(window.poll(), inFlight, tally, dates, progress, bar);
        }
      }
      while (!window.isEmpty()) {
        finish(window.poll(), inFlight, tally, dates, progress, bar);
      }
    } finally {
      bar.ifPresent(ProgressBar::close);
    }
    return new IngestSummary(tally.added, tally.updated, tally.exact, tally.near, tally.notAnalysed, tally.rejected,
        tally.failed, (System.nanoTime() - started) / 1_000_000);
  }

  private void finish(Pending p, Map<String, Pending> inFlight, Tally tally, AssumedDates dates, PrintWriter progress,
      Optional<ProgressBar> bar) throws InterruptedException {
    String origin = p.candidate().prepared().article().origin();
    inFlight.remove(p.candidate().id(), p);
    try {
      Extraction record = p.extraction().get();
      dates.check(origin, record);
      service.save(p.candidate(), record);
      p.copies().forEach(source -> service.link(p.candidate().id(), source));
      if (!record.analysed()) {
        tally.notAnalysed++;
      }
      if (p.update()) {
        tally.updated++;
      } else {
        tally.added++;
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof BadInputException) {
        tally.rejected.add(cause.getMessage());
      } else {
        tally.failed.add(origin + ": " + cause.getMessage());
      }
    } catch (TimeoutException e) {
      tally.rejected.add(origin + ": " + e.getMessage() + "; skipped (raise --max-seconds for very long articles)");
    } catch (RuntimeException e) {
      tally.failed.add(origin + ": " + e.getMessage());
    }
    tally.extracted++;
    if (bar.isPresent()) {
      bar.get().step();
    } else {
      progress.printf("parley: %d articles extracted%n", tally.extracted);
      progress.flush();
    }
  }
}
