package org.parley.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrappedLinesTest {
  @Test
  void aHardWrappedParagraphBecomesOneLineAndAShortLineEndsIt() {
    List<String> block = List.of(
        "\"The coastal road will stay closed until the engineers have",
        "checked every bridge,\" the regional governor of Atacama told",
        "reporters on Monday.",
        "Buses will run on the inland route instead. The army has",
        "sent trucks with water to the villages cut off by the floods.");
    assertThat(WrappedLines.join(block)).isEqualTo(
        "\"The coastal road will stay closed until the engineers have checked every bridge,\" the regional governor of"
            + " Atacama told reporters on Monday.\n"
            + "Buses will run on the inland route instead. The army has sent trucks with water to the villages cut off"
            + " by the floods.");
  }

  @Test
  void aWrappedLineMayEndWithAFullStop() {
    List<String> block = List.of(
        "The port of Mombasa handled a record number of containers.",
        "Officials said the new berths, paid for by a loan from Japan,",
        "would open next year and double what the port can handle.");
    assertThat(WrappedLines.join(block)).doesNotContain("\n");
  }

  @Test
  void paragraphsOnePerLineKeepTheirBreaks() {
    List<String> block = List.of(
        "The central bank of Ghana raised its main rate by two points on Monday, its third rise this year, citing"
            + " prices that rose faster than forecast in the capital.",
        "Traders in Kumasi said the cedi fell against the dollar after the announcement.",
        "The bank meets again in March.");
    assertThat(WrappedLines.join(block)).isEqualTo(String.join("\n", block));
  }

  @Test
  void aBreakInsideASentenceIsJoinedEvenInShortText() {
    assertThat(WrappedLines.join(List.of("The minister said the talks", "would resume in Nairobi.")))
        .isEqualTo("The minister said the talks would resume in Nairobi.");
  }

  @Test
  void aListOfShortLinesStaysAList() {
    List<String> block = List.of("Kenya: 12", "Uganda: 7", "Tanzania: 4");
    assertThat(WrappedLines.join(block)).isEqualTo("Kenya: 12\nUganda: 7\nTanzania: 4");
  }
}
