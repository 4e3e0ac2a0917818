package org.parley.extract.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.Sentence;
import org.parley.core.text.Token;
import org.parley.extract.times.TimeFinder;

/**
 * The date resolver under fuzzing: any text, on any publication day news can have, gives time
 * mentions that lie inside the text, and never an exception. Regression inputs live in
 * src/test/resources/org/parley/extract/fuzz/DatesFuzzTestInputs/.
 */
class DatesFuzzTest {
  private static final TimeFinder TIMES = new TimeFinder();

  @FuzzTest(maxDuration = "10m")
  void resolve(FuzzedDataProvider data) {
    LocalDate published = LocalDate.of(1800, 1, 1).plusDays(data.consumeInt(0, 400 * 365));
    String text = data.consumeRemainingAsString();
    ParsedDocument doc = words(text, published);
    for (var t : TIMES.find(doc)) {
      assertThat(t.start()).isBetween(0, text.length());
      assertThat(t.end()).isBetween(t.start(), text.length());
    }
  }

  /** Tokens split at white space, one sentence, nouns all: a document without CoreNLP. */
  static ParsedDocument words(String text, LocalDate date) {
    List<Token> tokens = new ArrayList<>();
    var m = java.util.regex.Pattern.compile("\\S+").matcher(text);
    while (m.find()) {
      String w = m.group();
      tokens.add(new Token(tokens.size(), 0, w, m.start(), m.end(), "NN", w.toLowerCase(java.util.Locale.ROOT), "O"));
    }
    List<Sentence> sentences = tokens.isEmpty() ? List.of()
        : List.of(new Sentence(0, 0, text.length(), 0, tokens.size() - 1, List.of()));
    return new ParsedDocument(text, date, tokens, sentences);
  }
}
