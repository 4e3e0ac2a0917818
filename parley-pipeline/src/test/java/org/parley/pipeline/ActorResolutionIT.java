package org.parley.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.pipeline.SharedPipeline.actorNamed;
import static org.parley.pipeline.SharedPipeline.extract;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.core.record.ActorKind;
import org.parley.core.record.Mention;

class ActorResolutionIT {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 12);

  @Test
  void titleBeforeNameGivesCountrySectorAndRole() {
    var e = extract("German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday.", DAY);
    var scholz = actorNamed(e, "Olaf Scholz");
    assertThat(scholz.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(scholz.country()).contains("DEU");
    assertThat(scholz.sector()).contains("GOV");
    assertThat(scholz.role()).contains("Chancellor");
    assertThat(actorNamed(e, "Emmanuel Macron").country()).contains("FRA");
  }

  @Test
  void resolvesSurnameToEarlierFullName() {
    var e = extract("Kenyan Foreign Minister Musalia Mudavadi arrived in Addis Ababa on Monday. "
        + "Mudavadi told reporters the talks would focus on trade.", DAY);
    var minister = actorNamed(e, "Musalia Mudavadi");
    assertThat(minister.country()).contains("KEN");
    assertThat(minister.mentions()).extracting(Mention::text).contains("Mudavadi");
    assertThat(e.actors()).noneMatch(a -> a.name().equals("Mudavadi"));
  }

  @Test
  void possessiveCountryAndLowerCaseTitle() {
    var e = extract("Brazil's foreign minister Mauro Vieira said the summit would go ahead.", DAY);
    var vieira = actorNamed(e, "Mauro Vieira");
    assertThat(vieira.country()).contains("BRA");
    assertThat(vieira.sector()).contains("GOV");
  }

  @Test
  void appositiveWithOppositionPartyGivesOpp() {
    var e = extract("Police in Caracas detained Maria Lopez, the leader of the opposition Green Alliance party, "
        + "on Thursday. Venezuelan authorities gave no reason.", DAY);
    var lopez = actorNamed(e, "Maria Lopez");
    assertThat(lopez.sector()).contains("OPP");
    assertThat(lopez.country()).contains("VEN");
  }

  @Test
  void anonymousOfficialTakesCountryAndSectorFromOrganisation() {
    var e = extract("\"We will not comment,\" a senior Pentagon official said on Friday.", DAY);
    var official = e.actors().stream().filter(a -> a.kind() == ActorKind.ANONYMOUS).findFirst().orElseThrow();
    assertThat(official.country()).contains("USA");
    assertThat(official.sector()).contains("MIL");
  }

  @Test
  void groupWithDemonym() {
    var e = extract("Nigerian troops killed five militants near the border with Niger, the army said.", DAY);
    var troops = actorNamed(e, "Nigerian troops");
    assertThat(troops.kind()).isEqualTo(ActorKind.GROUP);
    assertThat(troops.country()).contains("NGA");
    assertThat(troops.sector()).contains("MIL");
  }

  @Test
  void capitalAsMetonymActsForItsCountry() {
    var e = extract("Canberra's decision to expel the diplomat angered officials in Beijing.", DAY);
    var australia = e.actors().stream().filter(a -> a.kind() == ActorKind.COUNTRY && a.country().orElse("").equals("AUS")).findFirst();
    assertThat(australia).isPresent();
  }

  @Test
  void pronounResolvesToSubjectOfPreviousSentence() {
    var e = extract("Australian Prime Minister Anthony Albanese met Indian Prime Minister Narendra Modi in New Delhi. "
        + "He said the two countries would expand naval cooperation.", DAY);
    assertThat(actorNamed(e, "Anthony Albanese").mentions()).extracting(Mention::text).contains("He");
    assertThat(actorNamed(e, "Narendra Modi").mentions()).extracting(Mention::text).doesNotContain("He");
  }

  @Test
  void stateMediaTitleBeforeOrganisation() {
    var e = extract("State-run Iranian broadcaster Press TV reported that talks had stalled.", DAY);
    var pressTv = actorNamed(e, "Press TV");
    assertThat(pressTv.country()).contains("IRN");
    assertThat(pressTv.sector()).contains("MED");
  }

  @Test
  void knownOfficeHolderByDate() {
    var e = extract("Erdogan said Ankara would not back down.", LocalDate.of(2020, 6, 1));
    var erdogan = e.actors().stream().filter(a -> a.name().contains("Erdogan")).findFirst().orElseThrow();
    assertThat(erdogan.country()).contains("TUR");
    assertThat(erdogan.sector()).contains("GOV");
  }

  @Test
  void titleWithoutCountryTakesItFromSameSentence() {
    var e = extract("Indian officials expect visits by Home Minister Amit Shah and Finance Minister Nirmala Sitharaman.", DAY);
    assertThat(actorNamed(e, "Nirmala Sitharaman").country()).contains("IND");
  }
}
