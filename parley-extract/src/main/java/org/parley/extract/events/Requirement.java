package org.parley.extract.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A word a pattern needs beside its trigger: the verb's object ("hold talks"), a prepositional
 * phrase ("call for a ceasefire") or the subject ("troops staged exercises"). Each alternative is a
 * phrase whose last word is the head and whose earlier words must modify it ("financial aid").
 *
 * @param preposition the preposition that introduces the phrase; empty for an object or subject
 * @param alternatives phrases, each a list of lower-case words with the head last
 */
public record Requirement(Optional<String> preposition, List<List<String>> alternatives) {

  public Requirement {
    alternatives = alternatives.stream().map(List::copyOf).toList();
    if (alternatives.isEmpty() || alternatives.stream().anyMatch(List::isEmpty)) {
      throw new IllegalArgumentException("a requirement needs at least one non-empty phrase");
    }
  }

  /** Parses {@code aid|financial_aid} or, with a preposition, {@code for:aid}. */
  static Requirement parse(String cell) {
    Optional<String> preposition = Optional.empty();
    String words = cell;
    int colon = cell.indexOf(':');
    if (colon > 0) {
      preposition = Optional.of(cell.substring(0, colon));
      words = cell.substring(colon + 1);
    }
    List<List<String>> alternatives = new ArrayList<>();
    for (String phrase : words.split("\\|")) {
      alternatives.add(Arrays.asList(phrase.split("_")));
    }
    return new Requirement(preposition, alternatives);
  }

  /** The head words any alternative accepts. */
  public Set<String> heads() {
    return alternatives.stream().map(a -> a.get(a.size() - 1)).collect(Collectors.toUnmodifiableSet());
  }

  /** How much this asks of a sentence: one for the head, one for each modifier. */
  int weight() {
    return alternatives.stream().mapToInt(List::size).min().orElse(1);
  }
}
