package org.parley.extract.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.parley.core.text.Dependency;
import org.parley.core.text.Sentence;

/** A sentence's dependency edges, indexed both ways by document token index. */
public final class Graph {
  private final Map<Integer, List<Dependency>> out = new HashMap<>();
  private final Map<Integer, List<Dependency>> in = new HashMap<>();

  public Graph(Sentence sentence) {
    for (Dependency d : sentence.dependencies()) {
      if (d.governor() >= 0) {
        out.computeIfAbsent(d.governor(), k -> new ArrayList<>()).add(d);
      }
      in.computeIfAbsent(d.dependent(), k -> new ArrayList<>()).add(d);
    }
  }

  public List<Dependency> children(int token) {
    return out.getOrDefault(token, List.of());
  }

  public List<Integer> children(int token, Predicate<String> relation) {
    return children(token).stream().filter(d -> relation.test(d.relation())).map(Dependency::dependent).toList();
  }

  public List<Integer> children(int token, String relation) {
    return children(token, relation::equals);
  }

  public boolean hasChild(int token, String relation) {
    return !children(token, relation).isEmpty();
  }

  public List<Dependency> parents(int token) {
    return in.getOrDefault(token, List.of());
  }

  /** The token's governor in the basic tree: the first incoming edge that is not an enhanced extra. */
  public Optional<Dependency> head(int token) {
    return parents(token).stream()
        .filter(d -> d.governor() >= 0 && !d.relation().equals("ref") && !d.relation().endsWith(":xsubj"))
        .findFirst();
  }

  public static String base(String relation) {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
