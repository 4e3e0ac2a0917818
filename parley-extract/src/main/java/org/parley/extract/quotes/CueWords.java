package org.parley.extract.quotes;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.core.text.Token;
import org.parley.extract.dictionary.TsvTable;

/** The verbs that attribute speech (cues.tsv), and whether each reports an indirect quote. */
public final class CueWords {
  private final Map<String, Boolean> cues = new HashMap<>();

  private CueWords() {}

  public static CueWords load(Optional<Path> userDir) {
    var words = new CueWords();
    for (var row : TsvTable.resource("cues.tsv").withOverrides(userDir, "cues.tsv").rows()) {
      words.cues.put(row.require("lemma"), row.get("indirect").orElse("0").equals("1"));
    }
    return words;
  }

  /** A verb of saying, or "according" opening "according to". */
  boolean isCue(Token token, Optional<Token> next) {
    String lemma = token.lemma().toLowerCase(Locale.ROOT);
    if (token.word().equalsIgnoreCase("according") && next.map(n -> n.word().equalsIgnoreCase("to")).orElse(false)) {
      return true;
    }
    return token.pos().startsWith("VB") && cues.containsKey(lemma);
  }

  boolean reportsClause(Token token) {
    return token.pos().startsWith("VB") && cues.getOrDefault(token.lemma().toLowerCase(Locale.ROOT), false);
  }
}
