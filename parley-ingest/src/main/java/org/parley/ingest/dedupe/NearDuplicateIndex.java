package org.parley.ingest.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Locality-sensitive hashing over MinHash signatures: 32 bands of 4 values, so texts sharing even
 * half their shingles usually meet in a band; candidates are then checked against the threshold.
 * Holds at most a given number of texts, forgetting the oldest first. Thread-safe.
 */
public final class NearDuplicateIndex {
  public static final int BANDS = 32;

  /**
   * The most texts one bucket holds, the latest: a bucket that many texts share is boilerplate
   * (a stock paragraph), and comparing each new text with all of them would cost more than it finds.
   */
  public static final int BUCKET_MEMBERS = 64;
  private static final int ROWS = MinHash.SIZE / BANDS;

  private final double threshold;
  private final int capacity;
  private final LinkedHashMap<String, long[]> signatures = new LinkedHashMap<>();
  /** Per band: key → the one id in the bucket (a String, as most buckets hold one) or the ids (a String[]). */
  private final List<Map<Long, Object>> buckets = new ArrayList<>();

  /** @param threshold the least estimated Jaccard similarity that makes a near-duplicate (e.g. 0.8) */
  public NearDuplicateIndex(double threshold) {
    this(threshold, Integer.MAX_VALUE);
  }

  /** @param capacity how many texts are kept; adding one more forgets the oldest */
  public NearDuplicateIndex(double threshold, int capacity) {
    this.threshold = threshold;
    this.capacity = capacity;
    for (int b = 0; b < BANDS; b++) {
      buckets.add(new HashMap<>());
    }
  }

  /** Indexes a text; a text of the same id already indexed is replaced. */
  public synchronized void add(String id, long[] signature) {
    remove(id);
    signatures.put(id, signature);
    for (int b = 0; b < BANDS; b++) {
      buckets.get(b).merge(band(signature, b), id, NearDuplicateIndex::join);
    }
    while (signatures.size() > capacity) {
      remove(signatures.keySet().iterator().next());
    }
  }

  private void remove(String id) {
    long[] old = signatures.remove(id);
    if (old == null) {
      return;
    }
    for (int b = 0; b < BANDS; b++) {
      buckets.get(b).computeIfPresent(band(old, b), (k, ids) -> without(ids, id));
    }
  }

  /**
   * The most similar indexed text at or above the threshold; of equally similar ones, the least id,
   * so that the choice does not depend on the order texts were indexed in.
   */
  public synchronized Optional<Match> nearest(long[] signature) {
    Set<String> candidates = new HashSet<>();
    for (int b = 0; b < BANDS; b++) {
      Object ids = buckets.get(b).get(band(signature, b));
      if (ids instanceof String one) {
        candidates.add(one);
      } else if (ids instanceof String[] many) {
        candidates.addAll(List.of(many));
      }
    }
    Optional<Match> best = Optional.empty();
    for (String id : candidates) {
      double similarity = MinHash.similarity(signature, signatures.get(id));
      if (similarity >= threshold) {
        best = choose(best, Optional.of(new Match(id, similarity)));
      }
    }
    return best;
  }

  private static Object join(Object ids, Object id) {
    String[] old = ids instanceof String one ? new String[] {one} : (String[]) ids;
    int keep = Math.min(old.length, BUCKET_MEMBERS - 1);
    String[] more = java.util.Arrays.copyOfRange(old, old.length - keep, old.length + 1);
    more[keep] = (String) id;
    return more;
  }

  /** The bucket's ids without one; null (the entry removed) when none is left. */
  private static Object without(Object ids, String id) {
    if (ids instanceof String one) {
      return one.equals(id) ? null : one;
    }
    String[] rest = java.util.Arrays.stream((String[]) ids).filter(x -> !x.equals(id)).toArray(String[]::new);
    return rest.length == 0 ? null : rest.length == 1 ? rest[0] : rest;
  }

  /** Of two matches, the one {@link #nearest} would choose: the more similar, then the lesser id. */
  public static Optional<Match> choose(Optional<Match> a, Optional<Match> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() ? b : a;
    }
    Match x = a.get();
    Match y = b.get();
    return Optional.of(y.similarity() > x.similarity() || y.similarity() == x.similarity() && y.id().compareTo(x.id()) < 0 ? y : x);
  }

  public synchronized int size() {
    return signatures.size();
  }

  /** The key of one band of a signature: texts whose keys agree in some band are candidates. */
  public static long band(long[] signature, int band) {
    long h = 1469598103934665603L;
    for (int r = 0; r < ROWS; r++) {
      h = (h ^ signature[band * ROWS + r]) * 1099511628211L;
    }
    return h;
  }

  /** An indexed text and its estimated similarity. */
  public record Match(String id, double similarity) {}
}
