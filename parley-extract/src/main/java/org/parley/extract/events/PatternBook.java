package org.parley.extract.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.core.text.Token;
import org.parley.extract.dictionary.TsvTable;

/** Every trigger pattern, indexed by head lemma, most specific first. */
public final class PatternBook {
  private final Map<String, List<TriggerPattern>> verbs = new HashMap<>();
  private final Map<String, List<TriggerPattern>> nouns = new HashMap<>();

  private PatternBook(List<TriggerPattern> patterns) {
    for (TriggerPattern p : patterns) {
      for (String head : p.heads()) {
        (p.noun() ? nouns : verbs).computeIfAbsent(head, h -> new ArrayList<>()).add(p);
      }
    }
    Comparator<TriggerPattern> order = Comparator.comparingInt(TriggerPattern::specificity).reversed();
    verbs.values().forEach(l -> l.sort(order));
    nouns.values().forEach(l -> l.sort(order));
  }

  /** The bundled patterns plus a user's {@code patterns.tsv} in {@code userDir}. */
  public static PatternBook load(Optional<Path> userDir, Codebook codebook) {
    var rows = TsvTable.resource("patterns.tsv").withOverrides(userDir, "patterns.tsv").rows();
    return new PatternBook(rows.stream().map(r -> TriggerPattern.parse(r, codebook)).toList());
  }

  /** Patterns whose head is this token, as a verb or a noun according to its tag. */
  public List<TriggerPattern> candidates(Token token) {
    String lemma = token.lemma().toLowerCase(java.util.Locale.ROOT);
    if (token.pos().startsWith("VB")) {
      return verbs.getOrDefault(lemma, List.of());
    }
    if (token.isNoun()) {
      return nouns.getOrDefault(lemma, List.of());
    }
    return List.of();
  }

  /**
   * Whether some pattern headed by {@code token} could match in a sentence with these words (lemmas
   * and lower-case forms): a light verb needs its object in the sentence, a phrasal verb its particle.
   */
  public boolean couldFire(Token token, Set<String> sentenceWords) {
    for (TriggerPattern p : candidates(token)) {
      boolean object = p.objects().isEmpty() || p.objects().stream().anyMatch(sentenceWords::contains);
      boolean particle = p.particle().map(sentenceWords::contains).orElse(true);
      if (object && particle) {
        return true;
      }
    }
    return false;
  }
}
