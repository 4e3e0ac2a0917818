package org.parley.extract.tone;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.core.record.Tone;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.Token;
import org.parley.extract.dictionary.TsvTable;

/**
 * Document tone from the AFINN valence lexicon, in GDELT's convention: the percentages of words
 * that are positive and negative, and their difference. A negator just before a word flips it.
 */
public final class ToneScorer {
  private static final Set<String> NEGATORS = Set.of("not", "no", "never", "n't", "without", "nor");

  private final Map<String, Integer> valence = new HashMap<>();

  public ToneScorer(TsvTable lexicon) {
    for (var row : lexicon.rows()) {
      valence.put(row.require("word"), Integer.parseInt(row.require("valence")));
    }
  }

  public static ToneScorer bundled() {
    return new ToneScorer(TsvTable.resource("afinn.tsv"));
  }

  public Tone score(ParsedDocument doc) {
    int words = 0;
    int positive = 0;
    int negative = 0;
    var tokens = doc.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!Character.isLetter(t.word().charAt(0))) {
        continue;
      }
      words++;
      String w = t.word().toLowerCase(Locale.ROOT);
      Integer v = valence.get(w);
      if (v == null) {
        v = valence.get(t.lemma().toLowerCase(Locale.ROOT));
      }
      if (v == null || v == 0) {
        continue;
      }
      boolean negated = i > 0 && NEGATORS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT));
      if ((v > 0) != negated) {
        positive++;
      } else {
        negative++;
      }
    }
    if (words == 0) {
      return new Tone(0, 0, 0);
    }
    double pos = round(100.0 * positive / words);
    double neg = round(100.0 * negative / words);
    return new Tone(round(pos - neg), pos, neg);
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
