package org.parley.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {
  private static List<String> quoted(String text) {
    return QuoteScanner.scan(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void straightAndCurlyMarks() {
    assertThat(quoted("\"We will stay,\" she said. \u201cNot one step back.\u201d"))
        .containsExactly("We will stay,", "Not one step back.");
  }

  @Test
  void twoApostrophesAndTwoBackticksAreDoubleMarks() {
    assertThat(quoted("''The pier is closed,'' the harbour master said.")).containsExactly("The pier is closed,");
    assertThat(quoted("``Rates will hold,'' the governor said.")).containsExactly("Rates will hold,");
  }

  @Test
  void aSingleApostropheIsNoQuote() {
    assertThat(quoted("The farmers' union met on Tuesday and the mayor's office agreed.")).isEmpty();
  }

  @Test
  void singleMarksInsideAQuotationOpenBeforeACapitalAndCloseAfterPunctuation() {
    String text = "\"The mayor told us, 'The bridge opens in May,' and the farmers' trucks can't wait,\" she said.";
    var outer = QuoteScanner.scan(text).get(0);
    assertThat(QuoteScanner.nested(text, outer)).extracting(s -> text.substring(s.start(), s.end()))
        .containsExactly("The bridge opens in May,");
  }

  @Test
  void aQuoteCarriedIntoTheNextParagraphByTypewriterMarks() {
    var spans = QuoteScanner.scan("''The first part.\n\n''The second part,'' he said.");
    assertThat(spans).hasSize(2);
    assertThat(spans.get(0).continued()).isTrue();
    assertThat(spans.get(1).continuation()).isTrue();
  }
}
