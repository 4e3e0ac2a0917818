package org.parley.store;

import java.util.List;
import java.util.Optional;
import org.parley.core.record.Extraction;

/**
 * Where extraction records live: articles with their records, actors, events and quotes, the URLs
 * and outlets of every syndicated copy, and the fetch state of feeds. Writes are transactional and
 * idempotent: storing an article again replaces it, never duplicates it. Thread-safe.
 */
public interface Store extends AutoCloseable {
  /** Stores (or replaces) an article and everything extracted from it, in one transaction. */
  void put(Extraction record, String signature);

  /** Records another copy of a stored article: a syndicated or near-identical version elsewhere. */
  void addSource(String articleId, SourceRef source);

  boolean contains(String articleId);

  /** Whether an article was stored from this URL, or a copy of one seen there. */
  boolean knowsUrl(String url);

  Optional<Extraction> article(String articleId);

  /** Every stored article's id, oldest publication first. */
  List<String> articleIds();

  /** The most recently published articles, newest first. */
  List<ArticleRow> latest(int limit);

  /** The pairs of countries with the most events between them (either direction), most first: "KEN-UGA". */
  List<Tally> busiestDyads(int limit);

  /** The countries with the most events at either end, most first. */
  List<Tally> busiestCountries(int limit);

  /**
   * The most recently stored articles' ids with their near-duplicate signatures, newest first, for
   * the de-duplication index: copies of a story arrive within days of it, so the index need not hold
   * the whole store.
   */
  List<Signed> signatures(int newest);

  List<SourceRef> sources(String articleId);

  List<EventRow> events(EventQuery query);

  List<QuoteRow> quotes(QuoteQuery query);

  /** Actors whose name holds these words (all actors when blank), most written about first. */
  List<ActorRow> actors(String nameWords, int limit);

  /** The roles and codes an actor of exactly this name had, article by article, oldest first. */
  List<ActorRole> roles(String name);

  /** Per event date, the events the query selects: counts by quad class and mean Goldstein score. */
  List<DayStat> daily(EventQuery query);

  List<ArticleHit> search(String words, int limit);

  Optional<FeedState> feed(String url);

  void saveFeed(FeedState state);

  StoreStats stats();

  /** Where the store is, for messages ("~/.parley/store/parley.db", "postgresql://host/db"). */
  String location();

  @Override
  void close();

  /** An article id with its signature. */
  record Signed(String articleId, String signature) {}
}
