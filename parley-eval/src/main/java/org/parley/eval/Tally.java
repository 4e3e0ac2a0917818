package org.parley.eval;

import java.util.HashMap;
import java.util.Map;

/** Named counters. */
final class Tally {
  private final Map<String, Integer> counts = new HashMap<>();

  void add(String key) {
    add(key, 1);
  }

  void add(String key, int n) {
    counts.merge(key, n, Integer::sum);
  }

  int get(String key) {
    return counts.getOrDefault(key, 0);
  }
}
