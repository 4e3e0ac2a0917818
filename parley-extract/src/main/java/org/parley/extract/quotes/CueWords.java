package org.parley.extract.quotes;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.core.text.Token;
import org.parley.extract.dictionary.TsvTable;

/**
 * The verbs of cues.tsv: which attribute a quotation next to them, which report a clause ("X said
 * (that) CLAUSE"), and which only judge ("condemned the test as 'reckless'"). The subject of any of
 * them owns the words quoted in its clause.
 */
public final class CueWords {
  /** What one verb does. */
  private record Cue(boolean direct, boolean indirect) {}

  private final Map<String, Cue> cues = new HashMap<>();
  private final Set<String> nouns = new HashSet<>();

  private CueWords() {}

  public static CueWords load(Optional<Path> userDir) {
    var words = new CueWords();
    for (var row : TsvTable.resource("cues.tsv").withOverrides(userDir, "cues.tsv").rows()) {
      words.cues.put(row.require("lemma").toLowerCase(Locale.ROOT), new Cue(
          row.get("direct").orElse("1").equals("1"), row.get("indirect").orElse("0").equals("1")));
    }
    for (var row : TsvTable.resource("report-nouns.tsv").withOverrides(userDir, "report-nouns.tsv").rows()) {
      words.nouns.add(row.require("lemma").toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /** A noun of saying or proposing ("claim", "plan", "warning") whose owner reports what it governs. */
  boolean reportsAsNoun(Token token) {
    return token.isNoun() && nouns.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  /** A verb that attributes a quotation standing next to it, or "according" opening "according to". */
  boolean isCue(Token token, Optional<Token> next) {
    if (token.word().equalsIgnoreCase("according") && next.map(n -> n.word().equalsIgnoreCase("to")).orElse(false)) {
      return true;
    }
    // "Said the mayor: …" opening a sentence is often tagged as a name.
    if (token.word().equals("Said") && token.pos().startsWith("NNP")) {
      return true;
    }
    return cue(token).map(Cue::direct).orElse(false);
  }

  boolean reportsClause(Token token) {
    return cue(token).map(Cue::indirect).orElse(false);
  }

  /** A verb of reported stance ("believe", "expect"): it reports a clause but attributes no quotation. */
  boolean onlyReportsStance(Token token) {
    return cue(token).map(c -> c.indirect() && !c.direct()).orElse(false);
  }

  /** Any verb of the list: its subject owns a phrase quoted in its clause. */
  boolean ownsQuotedWords(Token token) {
    return cue(token).isPresent();
  }

  private Optional<Cue> cue(Token token) {
    return token.pos().startsWith("VB") ? Optional.ofNullable(cues.get(token.lemma().toLowerCase(Locale.ROOT)))
        : Optional.empty();
  }
}
