package org.parley.extract.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.core.text.ParsedDocument;
import org.parley.extract.testing.HandParse;
import org.parley.extract.testing.Tagged;

class MainCountryTest {
  private static Knowledge knowledge;

  @BeforeAll
  static void load() {
    knowledge = Knowledge.load(Optional.empty());
  }

  private static Optional<String> mainCountryOf(String... sentences) {
    var builder = HandParse.on(LocalDate.of(2024, 5, 2));
    for (String s : sentences) {
      builder.add(Tagged.tokens(s), "");
    }
    ParsedDocument doc = builder.build();
    return MainCountry.of(knowledge, doc, Optional.empty(), List.of());
  }

  @Test
  void theCountryNamedMostOftenIsTheStorysCountry() {
    assertThat(mainCountryOf("Peru@L closed its border .", "Lima@L said Bolivia@L had been warned .",
        "Peru@L reopened it later .")).contains("PER");
  }

  @Test
  void aPersonsNameOrAPlaceNamedAfterACountryIsNotThatCountry() {
    assertThat(mainCountryOf("Senator Ann_Israel@P questioned the director .", "Israel@P said the agency erred .",
        "Israel@P spoke in Ohio@L .")).isEmpty();
    assertThat(mainCountryOf("Voters in Northern@L Ireland@L went to the polls .", "Northern@L Ireland@L counted quickly .",
        "Peru@L watched .")).contains("PER");
  }

  @Test
  void aKnownOfficeHolderNamesHisStateOnTheStorysDateOnly() {
    assertThat(mainCountryOf("Petro@P urged Congress to act before a summit in Venezuela@L .")).contains("COL");
    // On 2024-05-02 Poroshenko holds no post the dictionary knows; Moldova alone is named.
    assertThat(mainCountryOf("Poroshenko@P spoke before a vote in Moldova@L .")).contains("MDA");
  }
}
