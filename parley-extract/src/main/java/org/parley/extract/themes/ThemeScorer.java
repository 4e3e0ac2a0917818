package org.parley.extract.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.core.record.Theme;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.Token;
import org.parley.extract.dictionary.PhraseIndex;
import org.parley.extract.dictionary.TsvTable;

/**
 * Scores an article's themes from a keyword and phrase taxonomy: each theme's score grows with its
 * number of keyword hits, {@code hits / (hits + 2)}, so one passing word gives 0.33 and six 0.75.
 */
public final class ThemeScorer {
  private record Entry(String code, String label) {}

  private final PhraseIndex<Entry> keywords = new PhraseIndex<>();

  public ThemeScorer(TsvTable taxonomy) {
    for (var row : taxonomy.rows()) {
      var entry = new Entry(row.require("code"), row.require("label"));
      row.list("keywords").forEach(k -> keywords.add(k, entry));
    }
  }

  public static ThemeScorer bundled(Optional<java.nio.file.Path> userDir) {
    return new ThemeScorer(TsvTable.resource("themes.tsv").withOverrides(userDir, "themes.tsv"));
  }

  public List<Theme> score(ParsedDocument doc) {
    Map<Entry, Integer> hits = new LinkedHashMap<>();
    List<Token> tokens = doc.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      var m = keywords.longestAt(tokens, i, Token::word);
      if (m.isEmpty()) {
        m = keywords.longestAt(tokens, i, Token::lemma);
      }
      if (m.isPresent()) {
        for (Entry e : m.get().values()) {
          hits.merge(e, 1, Integer::sum);
        }
        i = m.get().end() - 1;
      }
    }
    List<Theme> themes = new ArrayList<>();
    hits.forEach((e, n) -> themes.add(new Theme(e.code(), e.label(), Math.round(1000.0 * n / (n + 2)) / 1000.0)));
    themes.sort(Comparator.comparingDouble(Theme::score).reversed().thenComparing(Theme::code));
    return themes;
  }
}
