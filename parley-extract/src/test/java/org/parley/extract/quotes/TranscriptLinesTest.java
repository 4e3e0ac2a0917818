package org.parley.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TranscriptLinesTest {
  @Test
  void namesInCapitalsBeforeAColonOpenLines() {
    String text = "HOST: Minister, are the talks over?\n\nMS. ADEBAYO: Not at all.\n\"KOVAC: We meet again in June.\"";
    var lines = TranscriptLines.find(text);
    assertThat(lines).extracting(TranscriptLines.Line::speaker).containsExactly("HOST", "MS. ADEBAYO", "KOVAC");
    assertThat(lines).extracting(l -> text.substring(l.start(), l.end()))
        .containsExactly("Minister, are the talks over?", "Not at all.", "We meet again in June.");
  }

  @Test
  void labelsAndOrdinaryLinesAreNotSpeakers() {
    String text = "UPDATE: The vote was moved to Friday.\nThe count: 54 to 46.\nPHOTOS: the flooded streets";
    assertThat(TranscriptLines.find(text)).isEmpty();
  }
}
