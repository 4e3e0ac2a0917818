package org.parley.extract.events;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.Sentence;
import org.parley.core.text.Token;
import org.parley.extract.dictionary.PhraseIndex;
import org.parley.extract.dictionary.TsvTable;

/**
 * Phrases that put a sentence outside politics (a match report, a film, a commemoration): no event
 * is coded from such a sentence, however warlike its verbs.
 */
public final class DiscardList {
  private final PhraseIndex<String> phrases = new PhraseIndex<>();

  private DiscardList() {}

  /** The bundled list plus a user's {@code discards.tsv} in {@code userDir}. */
  public static DiscardList load(Optional<Path> userDir) {
    var list = new DiscardList();
    for (var row : TsvTable.resource("discards.tsv").withOverrides(userDir, "discards.tsv").rows()) {
      list.phrases.add(row.require("phrase"), row.require("reason"));
    }
    return list;
  }

  /** Why the sentence is outside politics (its words or lemmas hold a listed phrase), if it is. */
  public Optional<String> reason(ParsedDocument doc, Sentence sentence) {
    List<Token> tokens = doc.tokensOf(sentence);
    for (int i = 0; i < tokens.size(); i++) {
      var byWord = phrases.longestAt(tokens, i, Token::word);
      if (byWord.isPresent()) {
        return Optional.of(byWord.get().values().get(0));
      }
      var byLemma = phrases.longestAt(tokens, i, t -> t.lemma().toLowerCase(Locale.ROOT));
      if (byLemma.isPresent()) {
        return Optional.of(byLemma.get().values().get(0));
      }
    }
    return Optional.empty();
  }
}
