package org.parley.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanerTest {
  private final TextCleaner cleaner = new TextCleaner();

  private static final String STORY =
      "The finance ministers of Chile and Peru agreed on Tuesday to open talks on a copper pact.";

  @ParameterizedTest
  @ValueSource(strings = {
      "(This article has not been edited by Newsline staff and is auto-generated from a syndicated feed.)",
      "This story has not been edited by Daily Wire Digest staff and is auto-generated from a syndicated feed.",
      "(Reporting by Ana Ruiz in Lima; Writing by Tom Hale; Editing by Kim Lee)",
      "(Writing by Omar Said, editing by Jane Roe)",
      "Reporting by Ana Ruiz and Pedro Gil",
      "Image Credit: Lima Times",
      "Photo: Pedro Gil / AFP",
      "[AFP]",
      "File photo",
      "AFP file photo",
      "Share this article",
      "Subscribe to our newsletter for daily updates",
      "Read also: Peru's cabinet reshuffle explained",
      "Related News",
      "Advertisement",
      "Leave a comment",
      "© 2024 Lima Times. All rights reserved.",
      "Copyright 2021 The Andes Post"
  })
  void removesFurnitureLines(String furniture) {
    var clean = cleaner.clean(STORY + "\n\n" + furniture + "\n\nBoth sides will meet again in May in Santiago.");
    assertThat(clean.text()).doesNotContain(furniture.strip());
    assertThat(clean.text()).contains(STORY).contains("Both sides will meet again in May in Santiago.");
    assertThat(clean.removed()).contains(furniture.strip());
  }

  @Test
  void keepsOrdinaryParagraphsThatMentionPhotosAndReporting() {
    String body = STORY + "\n\nReporters were shown photos of the signing, and the minister said the talks were productive.";
    assertThat(cleaner.clean(body).text()).isEqualTo(body);
  }

  @Test
  void turnsUpperCaseDatelineIntoMetadata() {
    var clean = cleaner.clean("LIMA (Andina) — Peru's president dissolved congress on Monday, officials said.");
    assertThat(clean.text()).startsWith("Peru's president dissolved congress");
    assertThat(clean.dateline()).hasValueSatisfying(d -> {
      assertThat(d.place()).isEqualTo("Lima");
      assertThat(d.outlet()).contains("Andina");
    });
  }

  @Test
  void readsDatelineWithDateAndAgency() {
    var clean = cleaner.clean("NEW DELHI, March 3 (Reuters) - India and Nepal signed a power-trade deal on Friday.");
    assertThat(clean.dateline()).hasValueSatisfying(d -> {
      assertThat(d.place()).isEqualTo("New Delhi");
      assertThat(d.dateText()).contains("March 3");
      assertThat(d.outlet()).contains("Reuters");
    });
    assertThat(clean.text()).startsWith("India and Nepal signed");
  }

  @Test
  void readsMixedCaseDatelineOnlyWithAgencyOrDate() {
    var withAgency = cleaner.clean("Nairobi (AP) -- Kenyan police fired tear gas at protesters on Tuesday.");
    assertThat(withAgency.dateline()).hasValueSatisfying(d -> assertThat(d.place()).isEqualTo("Nairobi"));
    var plain = cleaner.clean("Kenyan police fired tear gas at protesters on Tuesday - witnesses said.");
    assertThat(plain.dateline()).isEmpty();
  }

  @Test
  void takesShortUnpunctuatedFirstLineAsHeadline() {
    var clean = cleaner.clean("Chile and Peru open copper talks\n\n" + STORY);
    assertThat(clean.headline()).contains("Chile and Peru open copper talks");
    assertThat(clean.text()).isEqualTo(STORY);
  }

  @Test
  void readsPostedDateLineAsPublicationDate() {
    var clean = cleaner.clean("Ministers meet in Lima\n\nPosted: Feb 7, 2019 10:02 AM\n\n" + STORY);
    assertThat(clean.published()).contains(LocalDate.of(2019, 2, 7));
    assertThat(clean.text()).isEqualTo(STORY);
  }

  @Test
  void aLineAboveTheStoryThatIsOnlyADateIsThePublicationDate() {
    var clean = cleaner.clean("Ministers meet in Lima\n\nWednesday, 4 March 2020\n\n" + STORY);
    assertThat(clean.published()).contains(LocalDate.of(2020, 3, 4));
    assertThat(clean.text()).isEqualTo(STORY);
    assertThat(cleaner.clean("2021-10-30\n\n" + STORY).published()).contains(LocalDate.of(2021, 10, 30));
  }

  @Test
  void aDateInsideTheStoryIsNoPublicationDate() {
    var clean = cleaner.clean(STORY + "\n\nThe talks resume on 4 March 2020 in Quito.");
    assertThat(clean.published()).isEmpty();
    assertThat(cleaner.clean(STORY + "\n\n4 March 2020").published()).isEmpty();
  }

  @Test
  void aDatelineThatGivesTheYearGivesThePublicationDate() {
    var clean = cleaner.clean("QUITO, Oct 30, 2021 (Example Wire) - " + STORY);
    assertThat(clean.published()).contains(LocalDate.of(2021, 10, 30));
    assertThat(cleaner.clean("QUITO, Oct 30 (Example Wire) - " + STORY).published()).isEmpty();
  }

  @Test
  void readsDayFirstModifiedLine() {
    var clean = cleaner.clean(STORY + "\nLast Modified: 21 Nov 2015 09:10 GMT\n\nMore talks follow.");
    assertThat(clean.published()).contains(LocalDate.of(2015, 11, 21));
  }

  @Test
  void dropsCaptionAfterPhotoLabel() {
    var clean = cleaner.clean("Reuters photo\nSoldiers stand guard outside the parliament in Lima on Monday.\n\n" + STORY);
    assertThat(clean.text()).isEqualTo(STORY);
  }

  @Test
  void dropsCaptionEndingInAgencyCredit() {
    var clean = cleaner.clean("The minister waves to supporters in Arequipa [AFP]\n\n" + STORY);
    assertThat(clean.text()).isEqualTo(STORY);
  }

  @Test
  void dropsTrailingRelatedLinks() {
    var clean = cleaner.clean(STORY + "\n\nmore coverage\n\n  Peru's long copper boom\n  Video: Lima protests\n  Inside Chile's lithium rush");
    assertThat(clean.text()).isEqualTo(STORY);
  }

  @Test
  void keepsAOneLineItemWithoutFullStop() {
    var clean = cleaner.clean("Opposition supporters marched through the capital on Friday");
    assertThat(clean.text()).isEqualTo("Opposition supporters marched through the capital on Friday");
  }

  @Test
  void normalisesLineEndingsAndInvisibleCharacters() {
    var clean = cleaner.clean("First\u00a0para\u200bgraph is here.\r\n\r\nSecond one.");
    assertThat(clean.text()).isEqualTo("First paragraph is here.\n\nSecond one.");
  }
}
