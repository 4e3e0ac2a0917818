package org.parley.pipeline.ingest;

import java.time.LocalDate;
import java.util.List;
import org.parley.core.article.Article;
import org.parley.core.record.Extraction;
import org.parley.pipeline.ArticlePreparer;
import org.parley.pipeline.Pipeline;
import org.parley.store.SourceRef;
import org.parley.store.Store;

/**
 * The one ingestion path: an article is prepared once, judged against the copies policy
 * ({@link CopyIndex}), extracted if it is fresh or an update, stored in one transaction, and each
 * copy's source linked to the article it copies. The CLI's {@code ingest}, {@code watch} and
 * {@code run} call it; the Flink job keeps the same policy in keyed state and stores through
 * {@link #save} and {@link #link}. Thread-safe: extraction may run on many threads at once.
 */
public final class IngestService {
  /** How many of the latest articles the copies index remembers by default: about 70 MB. */
  public static final int REMEMBERED = 20_000;

  private final Pipeline pipeline;
  private final Store store;
  private final ArticlePreparer preparer = new ArticlePreparer();
  private final CopyIndex copies;

  public IngestService(Pipeline pipeline, Store store) {
    this(pipeline, store, REMEMBERED);
  }

  /** @param remembered how many of the latest articles (stored and new) the copies index holds */
  public IngestService(Pipeline pipeline, Store store, int remembered) {
    this.pipeline = pipeline;
    this.store = store;
    this.copies = new CopyIndex(remembered);
    List<Store.Signed> latest = store.signatures(remembered);
    for (int i = latest.size() - 1; i >= 0; i--) {
      copies.remember(latest.get(i).articleId(), Signature.parse(latest.get(i).signature()));
    }
  }

  /** An article prepared and judged. */
  public record Admitted(Candidate candidate, Verdict verdict) {}

  /**
   * Prepares an article and decides what it is. Call in input order: the first of two copies is the
   * one kept.
   *
   * @throws org.parley.core.error.BadInputException when the article has no text once cleaned or is too long
   */
  public Admitted admit(Article article, LocalDate fallback) {
    Candidate candidate = Candidate.of(preparer.prepare(article, fallback));
    return new Admitted(candidate, copies.judge(candidate, store::contains));
  }

  /** The NLP and extraction, the slow part; safe to call from many threads. */
  public Extraction extract(Candidate candidate) {
    return extract(pipeline, candidate);
  }

  /** The extraction of an article prepared elsewhere (the Flink job prepares upstream). */
  public static Extraction extract(Pipeline pipeline, Candidate candidate) {
    return pipeline.process(candidate.prepared());
  }

  public void save(Candidate candidate, Extraction record) {
    save(store, record, candidate.signature());
  }

  /** Adds a copy's source to the article it copies; nothing when that article is not stored (its extraction failed). */
  public void link(String canonical, SourceRef source) {
    link(store, canonical, source);
  }

  /** Stores a record in one transaction with its signature, replacing an older one of the same id. */
  public static void save(Store store, Extraction record, Signature signature) {
    store.put(record, signature.encode());
  }

  public static void link(Store store, String canonical, SourceRef source) {
    if (store.contains(canonical)) {
      store.addSource(canonical, source);
    }
  }
}
