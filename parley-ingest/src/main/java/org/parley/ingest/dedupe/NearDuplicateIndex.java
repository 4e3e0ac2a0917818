package org.parley.ingest.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
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
  private static final int ROWS = MinHash.SIZE / BANDS;

  private final double threshold;
  private final int capacity;
  private final LinkedHashMap<String, long[]> signatures = new LinkedHashMap<>();
  private final List<Map<Long, List<String>>> buckets = new ArrayList<>();

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
      buckets.get(b).computeIfAbsent(band(signature, b), k -> new ArrayList<>()).add(id);
    }
    Iterator<String> oldest = signatures.keySet().iterator();
    while (signatures.size() > capacity) {
      remove(oldest.next());
      oldest = signatures.keySet().iterator();
    }
  }

  private void remove(String id) {
    long[] old = signatures.remove(id);
    if (old == null) {
      return;
    }
    for (int b = 0; b < BANDS; b++) {
      long key = band(old, b);
      List<String> ids = buckets.get(b).get(key);
      ids.remove(id);
      if (ids.isEmpty()) {
        buckets.get(b).remove(key);
      }
    }
  }

  /**
   * The most similar indexed text at or above the threshold; of equally similar ones, the least id,
   * so that the choice does not depend on the order texts were indexed in.
   */
  public synchronized Optional<Match> nearest(long[] signature) {
    Set<String> candidates = new HashSet<>();
    for (int b = 0; b < BANDS; b++) {
      candidates.addAll(buckets.get(b).getOrDefault(band(signature, b), List.of()));
    }
    Match best = null;
    for (String id : candidates) {
      best = better(best, id, MinHash.similarity(signature, signatures.get(id)));
    }
    return Optional.ofNullable(best);
  }

  private Match better(Match best, String id, double similarity) {
    if (similarity < threshold) {
      return best;
    }
    if (best == null || similarity > best.similarity() || similarity == best.similarity() && id.compareTo(best.id()) < 0) {
      return new Match(id, similarity);
    }
    return best;
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
