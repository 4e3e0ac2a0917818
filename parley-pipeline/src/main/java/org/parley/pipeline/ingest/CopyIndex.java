package org.parley.pipeline.ingest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.parley.ingest.dedupe.NearDuplicateIndex;

/**
 * Ingestion's copy policy, held in one process's memory (the Flink job keeps the same policy in
 * keyed state). In this order:
 * <ol>
 *   <li>a text already taken is an exact copy of the article it was taken as;
 *   <li>a given id already taken or stored, with new text, is an update;
 *   <li>a text at or above the similarity threshold to one taken is a near copy of it;
 *   <li>anything else is fresh.
 * </ol>
 * A copy is linked to the article its match was itself linked to, so that copies of a copy join the
 * stored article. The index remembers a bounded number of the latest articles: syndicated copies
 * arrive within days of each other, and memory must not grow with the input.
 */
public final class CopyIndex {
  /** The least MinHash similarity of a near copy. */
  public static final double NEAR = 0.8;

  /** An article taken: the texts it was taken with (more than one after updates) and where its copies go. */
  private record Taken(java.util.List<String> contentIds, String canonical) {}

  private final int capacity;
  private final NearDuplicateIndex near;
  private final LinkedHashMap<String, Taken> taken = new LinkedHashMap<>();
  private final Map<String, String> byContent = new HashMap<>();

  /** @param capacity how many of the latest articles are remembered */
  public CopyIndex(int capacity) {
    this.capacity = capacity;
    this.near = new NearDuplicateIndex(NEAR, capacity);
  }

  /** Remembers an article stored earlier, as its own original. */
  public synchronized void remember(String id, Signature signature) {
    take(id, signature.contentId(), id);
    near.add(id, signature.minHash());
  }

  /**
   * Decides what a candidate is and remembers it.
   *
   * @param stored whether the store holds an article of a given id (asked only of given ids)
   */
  public synchronized Verdict judge(Candidate c, Predicate<String> stored) {
    String contentId = c.signature().contentId();
    String first = byContent.get(contentId);
    if (first != null) {
      return new Verdict.Copy(canonicalOf(first), "exact");
    }
    if (c.idGiven() && (taken.containsKey(c.id()) || stored.test(c.id()))) {
      take(c.id(), contentId, c.id());
      return new Verdict.Update();
    }
    Optional<NearDuplicateIndex.Match> match = near.nearest(c.signature().minHash());
    String canonical = match.map(m -> canonicalOf(m.id())).orElse(c.id());
    take(c.id(), contentId, canonical);
    near.add(c.id(), c.signature().minHash());
    return match.isPresent() ? new Verdict.Copy(canonical, "near") : new Verdict.Fresh();
  }

  private String canonicalOf(String id) {
    Taken t = taken.get(id);
    return t == null ? id : t.canonical();
  }

  private void take(String id, String contentId, String canonical) {
    Taken old = taken.remove(id);
    var texts = old == null ? java.util.List.of(contentId)
        : java.util.stream.Stream.concat(old.contentIds().stream(), java.util.stream.Stream.of(contentId)).distinct().toList();
    taken.put(id, new Taken(texts, canonical));
    byContent.put(contentId, id);
    var oldest = taken.entrySet().iterator();
    while (taken.size() > capacity) {
      var e = oldest.next();
      e.getValue().contentIds().forEach(text -> byContent.remove(text, e.getKey()));
      oldest.remove();
    }
  }

  public synchronized int size() {
    return taken.size();
  }
}
