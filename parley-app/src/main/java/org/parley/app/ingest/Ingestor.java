package org.parley.app.ingest;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.parley.core.article.Article;
import org.parley.core.error.BadInputException;
import org.parley.core.record.Extraction;
import org.parley.ingest.dedupe.MinHash;
import org.parley.ingest.dedupe.NearDuplicateIndex;
import org.parley.ingest.source.ReadResult;
import org.parley.pipeline.ArticlePreparer;
import org.parley.pipeline.Pipeline;
import org.parley.pipeline.PreparedArticle;
import org.parley.store.SourceRef;
import org.parley.store.Store;

/**
 * Articles into the store, each syndicated copy once: an article whose cleaned text is already
 * stored (exact) or nearly so (MinHash ≥ 0.8) is linked to the stored one as another source; the
 * rest are extracted in parallel and stored one transaction per article. A bad article is reported
 * and skipped; the batch goes on.
 */
public final class Ingestor {
  private static final double NEAR_DUPLICATE = 0.8;

  private final Pipeline pipeline;
  private final Store store;
  private final int threads;
  private final ArticlePreparer preparer = new ArticlePreparer();
  private final NearDuplicateIndex near = new NearDuplicateIndex(NEAR_DUPLICATE);
  private final Map<String, String> byContent = new HashMap<>();

  /** The time one article may take by default: a hundred times a long article's. */
  public static final java.time.Duration DEFAULT_LIMIT = java.time.Duration.ofSeconds(60);

  private final java.time.Duration limit;

  public Ingestor(Pipeline pipeline, Store store, int threads) {
    this(pipeline, store, threads, DEFAULT_LIMIT);
  }

  /** @param limit the time one article may take before it is given up and reported */
  public Ingestor(Pipeline pipeline, Store store, int threads, java.time.Duration limit) {
    this.pipeline = pipeline;
    this.store = store;
    this.threads = Math.max(1, threads);
    this.limit = limit;
    for (Store.Signed s : store.signatures()) {
      Signature sig = Signature.parse(s.signature());
      byContent.put(sig.contentId(), s.articleId());
      near.add(s.articleId(), sig.minHash());
    }
  }

  /** What a new article's stored record will be keyed and signed by. */
  record Signature(String contentId, long[] minHash) {
    String encode() {
      return contentId + ";" + MinHash.encode(minHash);
    }

    static Signature parse(String text) {
      int semi = text.indexOf(';');
      return new Signature(text.substring(0, semi), MinHash.decode(text.substring(semi + 1)));
    }
  }

  private record Pending(Article article, Signature signature, TimedTasks.Task<Extraction> extraction, boolean update) {}

  private record Link(String canonical, SourceRef source) {}

  /**
   * Where a file's article came from, one way however the file was named: "wire.jsonl line 3" and
   * "/data/wire.jsonl line 3" are one source, not two.
   */
  private static final java.util.regex.Pattern ORIGIN = java.util.regex.Pattern.compile("^(.*?)( (line|record) .*)?$");

  static String where(String origin) {
    java.util.regex.Matcher m = ORIGIN.matcher(origin);
    if (!m.matches() || origin.equals("stdin")) {
      return origin;
    }
    try {
      java.nio.file.Path file = java.nio.file.Path.of(m.group(1));
      if (!java.nio.file.Files.exists(file)) {
        return origin;
      }
      return file.toRealPath().toString() + (m.group(2) == null ? "" : m.group(2));
    } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
      return origin;
    }
  }

  public IngestSummary ingest(List<ReadResult> items, LocalDate fallback, PrintWriter progress) throws InterruptedException {
    return ingest(items, fallback, progress, AssumedDates.warningTo(progress));
  }

  /** @param dates told of every article whose publication date had to be assumed */
  public IngestSummary ingest(List<ReadResult> items, LocalDate fallback, PrintWriter progress, AssumedDates dates)
      throws InterruptedException {
    long started = System.nanoTime();
    List<String> rejected = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    java.util.Set<String> reserved = new java.util.HashSet<>();
    int updated = 0;
    int exact = 0;
    int nearCopies = 0;
    int added = 0;
    int notAnalysed = 0;
    try (TimedTasks pool = new TimedTasks(threads, limit, "parley-ingest")) {
      List<Pending> pending = new ArrayList<>();
      for (ReadResult item : items) {
        if (item instanceof ReadResult.Rejected r) {
          rejected.add(r.toString());
          continue;
        }
        Article article = ((ReadResult.Read) item).article();
        PreparedArticle prepared;
        try {
          prepared = preparer.prepare(article, fallback);
        } catch (BadInputException e) {
          rejected.add(e.getMessage());
          continue;
        }
        String text = prepared.clean().text();
        Signature sig = new Signature(Pipeline.contentId(text), MinHash.signature(text));
        SourceRef source = new SourceRef(article.url().orElseGet(() -> where(article.origin())), article.outlet(), "exact");
        String id = article.id().orElse(sig.contentId());
        String same = byContent.get(sig.contentId());
        boolean update = same == null && article.id().isPresent() && (store.contains(id) || reserved.contains(id));
        if (update) {
          // The same article with new text (a story updated at its source): extract again, replace.
          pending.add(new Pending(article, sig, pool.submit(() -> pipeline.process(article, fallback)), true));
          byContent.put(sig.contentId(), id);
          continue;
        }
        if (same != null) {
          links.add(new Link(same, source));
          exact++;
          continue;
        }
        Optional<NearDuplicateIndex.Match> similar = near.nearest(sig.minHash());
        if (similar.isPresent()) {
          links.add(new Link(similar.get().id(), new SourceRef(source.url(), source.outlet(), "near")));
          nearCopies++;
          continue;
        }
        // Reserve the text now, so that a copy later in this batch links to it.
        byContent.put(sig.contentId(), id);
        near.add(id, sig.minHash());
        reserved.add(id);
        pending.add(new Pending(article, sig, pool.submit(() -> pipeline.process(article, fallback)), false));
      }
      // A bar on a terminal; plain lines where stderr is a file or a pipe (logs, tests).
      Optional<ProgressBar> bar = System.console() != null && !pending.isEmpty()
          ? Optional.of(new ProgressBarBuilder().setTaskName("extracting").setInitialMax(pending.size())
              .setStyle(ProgressBarStyle.ASCII).build())
          : Optional.empty();
      for (int i = 0; i < pending.size(); i++) {
        Pending p = pending.get(i);
        try {
          Extraction record = p.extraction().get();
          dates.check(p.article().origin(), record);
          store.put(record, p.signature().encode());
          if (!record.analysed()) {
            notAnalysed++;
          }
          if (p.update()) {
            updated++;
          } else {
            added++;
          }
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof BadInputException) {
            rejected.add(cause.getMessage());
          } else {
            failed.add(p.article().origin() + ": " + cause.getMessage());
          }
        } catch (java.util.concurrent.TimeoutException e) {
          rejected.add(p.article().origin() + ": " + e.getMessage() + "; skipped (raise --max-seconds for very long articles)");
        } catch (RuntimeException e) {
          failed.add(p.article().origin() + ": " + e.getMessage());
        }
        if (bar.isPresent()) {
          bar.get().step();
        } else {
          progress.printf("parley: %d/%d articles extracted%n", i + 1, pending.size());
          progress.flush();
        }
      }
      bar.ifPresent(ProgressBar::close);
    }
    for (Link link : links) {
      if (store.contains(link.canonical())) {
        store.addSource(link.canonical(), link.source());
      }
    }
    return new IngestSummary(added, updated, exact, nearCopies, notAnalysed, rejected, failed,
        (System.nanoTime() - started) / 1_000_000);
  }
}
