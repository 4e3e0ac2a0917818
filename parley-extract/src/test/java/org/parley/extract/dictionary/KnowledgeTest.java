package org.parley.extract.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.error.BadInputException;

class KnowledgeTest {
  private static Knowledge knowledge;

  @BeforeAll
  static void load() {
    knowledge = Knowledge.load(Optional.empty());
  }

  @Test
  void coversEveryUnMemberAndTheDisputedStates() {
    var table = TsvTable.resource("countries.tsv");
    assertThat(table.rows().stream().filter(r -> r.get("un_member").orElse("0").equals("1")).count()).isGreaterThanOrEqualTo(193);
    for (String iso : new String[] {"TWN", "XKX", "PSE"}) {
      assertThat(knowledge.country(iso)).as(iso).isPresent();
    }
  }

  @Test
  void demonymSharedWithTerritoryNamesTheState() {
    assertThat(knowledge.countryRefs().get("French").get(0).country().iso3()).isEqualTo("FRA");
    assertThat(knowledge.countryRefs().get("U.S.").get(0).country().iso3()).isEqualTo("USA");
  }

  @Test
  void aNameAfterAWordForALakeOrAMountainNamesThatFeature() {
    var tokens = org.parley.extract.testing.HandParse.sentence(
        "Boats/NNS sank/VBD on/IN Lake/NNP/LOCATION Victoria/NNP/LOCATION near/IN Victoria/NNP/LOCATION ./.", "").tokens();
    assertThat(knowledge.namesAFeature(tokens, 4)).isTrue();
    assertThat(knowledge.insidePlaceName(tokens, 4, 5)).isTrue();
    assertThat(knowledge.namesAFeature(tokens, 6)).isFalse();
  }

  @Test
  void knownOfficeHolderDependsOnDate() {
    assertThat(knowledge.personOn("Medvedev", LocalDate.of(2010, 1, 1)).map(KnownPerson::role)).contains("President");
    assertThat(knowledge.personOn("Medvedev", LocalDate.of(2015, 1, 1)).map(KnownPerson::role)).contains("Prime Minister");
    assertThat(knowledge.personOn("Medvedev", LocalDate.of(1990, 1, 1))).isEmpty();
  }

  @Test
  void aPersonIsFoundWithoutTheMiddleInitial() {
    assertThat(knowledge.personOn("Keir R. Starmer", LocalDate.of(2025, 3, 1)).map(KnownPerson::role))
        .contains("Prime Minister");
    assertThat(knowledge.personOn("Keir Starmer", LocalDate.of(2020, 3, 1))).isEmpty();
    assertThat(knowledge.lastPostBefore("Olaf R. Scholz", LocalDate.of(2025, 9, 1))).isPresent();
    assertThat(knowledge.lastPostBefore("Olaf Scholz", LocalDate.of(2025, 9, 1)).map(KnownPerson::role))
        .contains("Chancellor");
  }

  @Test
  void aTerritoryCodedAfterItsCountryIsNoPerson() {
    assertThat(knowledge.people().get("South Sudan")).isEmpty();
    assertThat(knowledge.people().get("British Virgin Islands")).isEmpty();
  }

  @Test
  void userDictionaryAddsRows(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("organizations.tsv"), "name\taliases\tcountry\tsector\tkind\nNorthwind Herald\tNWH\tNZL\tMED\tORGANIZATION\n");
    var k = Knowledge.load(Optional.of(dir));
    assertThat(k.organizations().get("NWH")).singleElement().satisfies(o -> assertThat(o.country()).contains("NZL"));
  }

  @Test
  void badUserRowNamesFileAndLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("metonyms.tsv"), "phrase\tiso3\tkind\nAtlantis\tATL\tNAME\n");
    assertThatThrownBy(() -> Knowledge.load(Optional.of(dir)))
        .isInstanceOf(BadInputException.class).hasMessageContaining("metonyms.tsv line 2").hasMessageContaining("ATL");
  }

  @Test
  void statesOwnSectorsButNotInternationalOrReligiousOnes() {
    var k = Knowledge.load(java.util.Optional.empty());
    org.assertj.core.api.Assertions.assertThat(k.isDomestic("COP")).isTrue();
    org.assertj.core.api.Assertions.assertThat(k.isDomestic("ELI")).isTrue();
    org.assertj.core.api.Assertions.assertThat(k.isDomestic("PTY")).isTrue();
    org.assertj.core.api.Assertions.assertThat(k.isDomestic("IGO")).isFalse();
    org.assertj.core.api.Assertions.assertThat(k.isDomestic("MUS")).isFalse();
  }

  @Test
  void aPersonHoldsTheRoleOfTheDateAndTheConvertedDictionaryFillsOlderYears() {
    var k = Knowledge.load(java.util.Optional.empty());
    org.assertj.core.api.Assertions.assertThat(k.personOn("David Cameron", LocalDate.of(2012, 6, 1)))
        .get().extracting(KnownPerson::role).isEqualTo("Prime Minister");
    org.assertj.core.api.Assertions.assertThat(k.personOn("David Cameron", LocalDate.of(2024, 2, 1)))
        .get().extracting(KnownPerson::role).isEqualTo("Foreign Secretary");
    org.assertj.core.api.Assertions.assertThat(k.personOn("Subrahmanyam Jaishankar", LocalDate.of(2022, 3, 1)))
        .get().extracting(KnownPerson::country).isEqualTo(java.util.Optional.of("IND"));
    // Not in Parley's own file: a leader of the 1990s known only from the converted dictionary.
    org.assertj.core.api.Assertions.assertThat(k.personOn("Boutros Boutros-Ghali", LocalDate.of(1994, 1, 1)))
        .get().extracting(KnownPerson::sector).isEqualTo("IGO");
  }

  @Test
  void anArmedGroupNamedAfterItsCountryIsAnOrganisationOfItNotAPersonOrTheState() {
    var k = Knowledge.load(java.util.Optional.empty());
    var army = k.organizations().get("Free Syrian Army");
    org.assertj.core.api.Assertions.assertThat(army).isNotEmpty();
    org.assertj.core.api.Assertions.assertThat(army.get(0).sector()).isEqualTo("REB");
    org.assertj.core.api.Assertions.assertThat(army.get(0).country()).contains("SYR");
    org.assertj.core.api.Assertions.assertThat(k.people().get("Free Syrian Army")).isEmpty();
  }
}
