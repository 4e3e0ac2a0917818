package org.parley.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fixes to a statistical parser's output that follow from how news is written, applied to each
 * sentence before anything reads its edges.
 */
public final class DependencyRepairs {
  private static final Set<String> OBJECTS = Set.of("obj", "ccomp", "xcomp");

  private DependencyRepairs() {}

  /**
   * Wire copy puts the day between a verb and its object ("lifted Friday a blockade"); the parser
   * then reads the day as the verb's time and hangs the object on the day with a bare {@code dep}.
   * Such an object is the verb's object again.
   */
  public static List<Dependency> repair(List<Token> tokens, List<Dependency> edges) {
    List<Dependency> out = new ArrayList<>(edges);
    for (Dependency time : edges) {
      if (!time.relation().equals("obl:tmod") || !tokens.get(time.governor()).isVerb() || hasObject(edges, time.governor())) {
        continue;
      }
      for (Dependency hung : edges) {
        if (hung.governor() == time.dependent() && hung.relation().equals("dep")
            && hung.dependent() > time.dependent() && tokens.get(hung.dependent()).isNoun()) {
          out.remove(hung);
          out.add(new Dependency("obj", time.governor(), hung.dependent()));
        }
      }
    }
    return out;
  }

  private static boolean hasObject(List<Dependency> edges, int verb) {
    return edges.stream().anyMatch(d -> d.governor() == verb && OBJECTS.contains(d.relation()));
  }
}
