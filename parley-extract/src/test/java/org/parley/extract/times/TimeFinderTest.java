package org.parley.extract.times;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.core.record.TimeMention;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.Sentence;
import org.parley.core.text.Token;

/** Dates on hand-built one-sentence documents (tokens split at spaces, no parse, no tense). */
class TimeFinderTest {
  private static final TimeFinder TIMES = new TimeFinder();
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 10);

  private static List<String> found(String text) {
    List<Token> tokens = new ArrayList<>();
    var m = Pattern.compile("\\S+").matcher(text);
    while (m.find()) {
      tokens.add(new Token(tokens.size(), 0, m.group(), m.start(), m.end(), "NN", m.group().toLowerCase(Locale.ROOT), "O"));
    }
    var doc = new ParsedDocument(text, PUBLISHED,
        tokens, List.of(new Sentence(0, 0, text.length(), 0, tokens.size() - 1, List.of())));
    return TIMES.find(doc).stream().map(TimeFinderTest::shown).toList();
  }

  private static String shown(TimeMention t) {
    return t.text() + "=" + t.value().iso();
  }

  @Test
  void aCapitalisedLastOpeningTheSentenceMakesMayTheMonth() {
    assertThat(found("Last May , rebels seized the dam .")).containsExactly("Last May=2024-05");
  }

  @Test
  void lastJuneInJuneIsTheYearBefore() {
    assertThat(found("Last June , rebels seized the dam .")).containsExactly("Last June=2023-06");
  }

  @Test
  void aYearAfterACapitalisedInIsADate() {
    assertThat(found("In 2019 , Chad closed the border .")).containsExactly("2019=2019");
  }

  @Test
  void lastTuesdayOpeningTheSentenceIsThePastTuesday() {
    assertThat(found("Last Tuesday , Chad closed the border .")).containsExactly("Last Tuesday=2024-06-04");
  }

  @Test
  void theModalMayIsNoMonth() {
    assertThat(found("Chad may close the border , officials said .")).isEmpty();
  }
}
