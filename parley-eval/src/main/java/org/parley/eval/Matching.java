package org.parley.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A maximum one-to-one matching of predictions to gold items by augmenting paths, taking
 * predictions in order and each one's candidates in order (so results equal the reference scorer's).
 */
final class Matching {
  private final List<List<Integer>> edges;
  private final Map<Integer, Integer> owner = new HashMap<>();

  private Matching(List<List<Integer>> edges) {
    this.edges = edges;
    for (int p = 0; p < edges.size(); p++) {
      augment(p, new HashSet<>());
    }
  }

  /** @param edges for each prediction, the gold items it may be paired with */
  static Matching of(List<List<Integer>> edges) {
    return new Matching(edges);
  }

  private boolean augment(int p, Set<Integer> seen) {
    for (int g : edges.get(p)) {
      if (!seen.add(g)) {
        continue;
      }
      if (!owner.containsKey(g) || augment(owner.get(g), seen)) {
        owner.put(g, p);
        return true;
      }
    }
    return false;
  }

  int size() {
    return owner.size();
  }

  boolean goldPaired(int g) {
    return owner.containsKey(g);
  }

  boolean predictionPaired(int p) {
    return owner.containsValue(p);
  }
}
