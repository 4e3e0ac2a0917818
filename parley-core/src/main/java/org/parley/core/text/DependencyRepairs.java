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

  /** One sentence's edges with every repair below applied; the input is left as it was. */
  public static List<Dependency> repair(List<Token> tokens, List<Dependency> edges) {
    return nounReadAsVerb(tokens, gerundsAfterCommas(tokens,
        gerundsAfterPrepositions(tokens, reducedRelatives(tokens, dayBeforeObject(tokens, edges)))));
  }

  /**
   * "A Turkish drone strike killed two men": the tagger reads the noun "drone" as a verb, and the
   * parser makes "Turkish drone strike" a clause (Turkish drones strike) that is the subject of
   * "killed". A bare verb form with no marker, made a clause subject and followed at once by its
   * object noun, is a modifier of that noun, which is the subject; the verb's own subject modifies it too.
   */
  private static List<Dependency> nounReadAsVerb(List<Token> tokens, List<Dependency> edges) {
    List<Dependency> out = new ArrayList<>(edges);
    for (Dependency clause : edges) {
      int verb = clause.dependent();
      String pos = tokens.get(verb).pos();
      if (!clause.relation().startsWith("csubj") || !(pos.equals("VB") || pos.equals("VBP"))
          || edges.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("mark"))) {
        continue;
      }
      var object = edges.stream().filter(d -> d.governor() == verb && d.relation().equals("obj")
          && d.dependent() == verb + 1 && tokens.get(d.dependent()).isNoun()).findFirst();
      if (object.isEmpty()) {
        continue;
      }
      int noun = object.get().dependent();
      out.remove(clause);
      out.remove(object.get());
      out.add(new Dependency(clause.relation().replace("csubj", "nsubj"), clause.governor(), noun));
      out.add(new Dependency("compound", noun, verb));
      for (Dependency child : edges) {
        if (child.governor() == verb && child != object.get()) {
          out.remove(child);
          boolean subject = child.relation().startsWith("nsubj");
          out.add(new Dependency(subject ? (tokens.get(child.dependent()).pos().startsWith("JJ") ? "amod" : "compound")
              : child.relation(), noun, child.dependent()));
        }
      }
    }
    return out;
  }

  /** Prepositions that open a clause of time, manner or cause: "after cutting ties", "without naming them". */
  private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("after", "before", "since", "without", "by", "despite", "upon");

  /**
   * "opened an embassy after cutting ties with Taiwan": with no determiner after the gerund, the
   * parser reads the gerund as an adjective of its object ("cutting ties" as a kind of ties) and the
   * noun as the phrase of the preposition. The gerund heads the clause again, the preposition marks
   * it, and the noun is its object.
   */
  private static List<Dependency> gerundsAfterPrepositions(List<Token> tokens, List<Dependency> edges) {
    List<Dependency> out = new ArrayList<>(edges);
    for (Dependency modifier : edges) {
      int gerund = modifier.dependent();
      int noun = modifier.governor();
      if (!modifier.relation().equals("amod") || !tokens.get(gerund).pos().equals("VBG") || gerund == 0
          || gerund > noun || !CLAUSE_PREPOSITIONS.contains(tokens.get(gerund - 1).word().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int preposition = gerund - 1;
      String word = tokens.get(preposition).word().toLowerCase(java.util.Locale.ROOT);
      Dependency marker = new Dependency("case", noun, preposition);
      var phrase = edges.stream().filter(d -> d.dependent() == noun
          && (d.relation().equals("obl:" + word) || d.relation().equals("nmod:" + word))).findFirst();
      if (!edges.contains(marker) || phrase.isEmpty()) {
        continue;
      }
      out.remove(modifier);
      out.remove(marker);
      out.remove(phrase.get());
      out.add(new Dependency("advcl:" + word, phrase.get().governor(), gerund));
      out.add(new Dependency("mark", gerund, preposition));
      out.add(new Dependency("obj", gerund, noun));
    }
    return out;
  }

  /**
   * "The council passed the budget, ignoring weeks of protests": the parser reads a gerund after a
   * comma as an adjective of the noun after it ("ignoring weeks"), and gives that noun to the main
   * verb as a second object. A verb has one direct object: the gerund heads a clause of the verb
   * again, with the noun as its object.
   */
  private static List<Dependency> gerundsAfterCommas(List<Token> tokens, List<Dependency> edges) {
    List<Dependency> out = new ArrayList<>(edges);
    for (Dependency modifier : edges) {
      int gerund = modifier.dependent();
      int noun = modifier.governor();
      if (!modifier.relation().equals("amod") || !tokens.get(gerund).pos().equals("VBG") || gerund == 0
          || gerund > noun || !tokens.get(gerund - 1).word().equals(",")) {
        continue;
      }
      var second = edges.stream().filter(d -> d.dependent() == noun && d.relation().equals("obj")).findFirst();
      if (second.isEmpty()) {
        continue;
      }
      int verb = second.get().governor();
      boolean firstObject = edges.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("obj")
          && d.dependent() < gerund);
      if (!firstObject) {
        continue;
      }
      out.remove(modifier);
      out.remove(second.get());
      out.add(new Dependency("advcl", verb, gerund));
      out.add(new Dependency("obj", gerund, noun));
    }
    return out;
  }

  /**
   * Wire copy puts the day between a verb and its object ("lifted Friday a blockade"); the parser
   * then reads the day as the verb's time and hangs the object on the day with a bare {@code dep}.
   * Such an object is the verb's object again.
   */
  private static List<Dependency> dayBeforeObject(List<Token> tokens, List<Dependency> edges) {
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

  /**
   * "Troops stationed near the border shelled the village", "Prisoners held in the camp began a
   * hunger strike", "Journalists detained by police were freed": a participle right after the
   * subject noun describes the noun, but the parser reads it as the main verb with the noun as its
   * subject, and hangs the real verb on it
   * ({@code dep}) or makes the participle's clause the real verb's subject ({@code csubj}). The
   * noun becomes the real verb's subject again (or the object of a verb before it), and the
   * participle a modifier of the noun.
   */
  private static List<Dependency> reducedRelatives(List<Token> tokens, List<Dependency> edges) {
    List<Dependency> out = new ArrayList<>(edges);
    for (Dependency subject : edges) {
      int participle = subject.governor();
      int noun = subject.dependent();
      if (!subject.relation().equals("nsubj") || participle != noun + 1 || !tokens.get(participle).pos().equals("VBN")
          || !tokens.get(noun).isNoun() || hasObject(edges, participle)) {
        continue;
      }
      for (Dependency hung : edges) {
        boolean dep = hung.relation().equals("dep") && hung.governor() == participle && hung.dependent() > participle;
        boolean csubj = hung.relation().startsWith("csubj") && hung.dependent() == participle && hung.governor() > participle;
        int verb = dep ? hung.dependent() : hung.governor();
        if (!(dep || csubj) || !(finite(tokens.get(verb)) || hasAuxiliary(edges, verb)) || hasSubject(edges, verb)) {
          continue;
        }
        out.remove(subject);
        out.remove(hung);
        out.add(new Dependency(hung.relation().equals("csubj:pass") ? "nsubj:pass" : "nsubj", verb, noun));
        out.add(new Dependency("acl", noun, participle));
        if (dep) {
          out.replaceAll(d -> d.relation().equals("root") && d.dependent() == participle
              ? new Dependency("root", -1, verb) : d);
        }
        break;
      }
      // "buried ten civilians killed by troops": the participle hung on the verb before the noun,
      // whose object the noun is.
      for (Dependency hung : edges) {
        int verb = hung.governor();
        if (hung.relation().equals("dep") && hung.dependent() == participle && verb >= 0 && verb < noun
            && tokens.get(verb).isVerb() && !hasObject(edges, verb) && out.contains(subject)) {
          out.remove(subject);
          out.remove(hung);
          out.add(new Dependency("obj", verb, noun));
          out.add(new Dependency("acl", noun, participle));
          break;
        }
      }
    }
    return out;
  }

  private static boolean finite(Token t) {
    return t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP");
  }

  private static boolean hasAuxiliary(List<Dependency> edges, int verb) {
    return edges.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("aux"));
  }

  private static boolean hasSubject(List<Dependency> edges, int verb) {
    return edges.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"));
  }

  private static boolean hasObject(List<Dependency> edges, int verb) {
    return edges.stream().anyMatch(d -> d.governor() == verb && OBJECTS.contains(d.relation()));
  }
}
