package org.parley.ingest.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Locality-sensitive hashing over MinHash signatures: 32 bands of 4 values, so texts sharing even
 * half their shingles usually meet in a band; candidates are then checked against the threshold.
 * Thread-safe.
 */
public final class NearDuplicateIndex {
  private static final int BANDS = 32;
  private static final int ROWS = MinHash.SIZE / BANDS;

  private final double threshold;
  private final Map<String, long[]> signatures = new HashMap<>();
  private final List<Map<Long, List<String>>> buckets = new ArrayList<>();

  /** @param threshold the least estimated Jaccard similarity that makes a near-duplicate (e.g. 0.8) */
  public NearDuplicateIndex(double threshold) {
    this.threshold = threshold;
    for (int b = 0; b < BANDS; b++) {
      buckets.add(new HashMap<>());
    }
  }

  public synchronized void add(String id, long[] signature) {
    signatures.put(id, signature);
    for (int b = 0; b < BANDS; b++) {
      buckets.get(b).computeIfAbsent(band(signature, b), k -> new ArrayList<>()).add(id);
    }
  }

  /** The most similar indexed text at or above the threshold. */
  public synchronized Optional<Match> nearest(long[] signature) {
    Set<String> candidates = new HashSet<>();
    for (int b = 0; b < BANDS; b++) {
      candidates.addAll(buckets.get(b).getOrDefault(band(signature, b), List.of()));
    }
    Match best = null;
    for (String id : candidates) {
      double s = MinHash.similarity(signature, signatures.get(id));
      if (s >= threshold && (best == null || s > best.similarity())) {
        best = new Match(id, s);
      }
    }
    return Optional.ofNullable(best);
  }

  public synchronized int size() {
    return signatures.size();
  }

  private static long band(long[] signature, int band) {
    long h = 1469598103934665603L;
    for (int r = 0; r < ROWS; r++) {
      h = (h ^ signature[band * ROWS + r]) * 1099511628211L;
    }
    return h;
  }

  /** An indexed text and its estimated similarity. */
  public record Match(String id, double similarity) {}
}
