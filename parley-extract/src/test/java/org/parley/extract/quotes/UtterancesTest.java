package org.parley.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.core.record.Extraction;
import org.parley.core.record.Quote;
import org.parley.core.record.QuoteKind;
import org.parley.core.record.Tone;

class UtterancesTest {
  private static final String TEXT = "\"The pier is shut,\" Ana said. \"It opens in May.\" \"Fares rise,\" Ben said.";

  private static Quote quote(String id, String words, Optional<String> continues, String speaker) {
    int start = TEXT.indexOf(words);
    return new Quote(id, QuoteKind.DIRECT, words, start, start + words.length(), Optional.of(speaker),
        Optional.empty(), Optional.of("said"), continues);
  }

  private static Extraction record(List<Quote> quotes) {
    return new Extraction("x", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "en",
        Optional.empty(), TEXT, List.of(), List.of(), quotes, List.of(), List.of(), List.of(),
        new Tone(0, 0, 0), Optional.empty());
  }

  @Test
  void aQuoteThatGoesOnIsJoinedToTheOneItContinues() {
    var joined = Utterances.joined(record(List.of(
        quote("q1", "The pier is shut,", Optional.empty(), "a1"),
        quote("q2", "It opens in May.", Optional.of("q1"), "a1"),
        quote("q3", "Fares rise,", Optional.empty(), "a2")))).quotes();

    assertThat(joined).extracting(Quote::id).containsExactly("q1", "q3");
    assertThat(joined.get(0).text()).isEqualTo("The pier is shut,\" Ana said. \"It opens in May.");
    assertThat(TEXT.substring(joined.get(0).start(), joined.get(0).end())).isEqualTo(joined.get(0).text());
    assertThat(joined.get(1).text()).isEqualTo("Fares rise,");
  }

  @Test
  void quotesThatGoOnWithNoneAreLeftAsTheyAre() {
    var quotes = List.of(quote("q1", "The pier is shut,", Optional.empty(), "a1"),
        quote("q2", "Fares rise,", Optional.empty(), "a2"));
    assertThat(Utterances.joined(record(quotes)).quotes()).isEqualTo(quotes);
  }
}
