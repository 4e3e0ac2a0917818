package org.parley.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.record.Actor;
import org.parley.core.text.ParsedDocument;
import org.parley.extract.dictionary.Knowledge;
import org.parley.extract.testing.HandParse;

/** Actor resolution on hand-tagged sentences (tokens, POS, lemmas and NER; no parse needed). */
class ActorFinderTest {
  private static ActorFinder finder;

  @BeforeAll
  static void load() {
    finder = new ActorFinder(Knowledge.load(Optional.empty()));
  }

  /** The first actor whose name holds {@code fragment}, with {@code mainCountry} as the story's country. */
  private static Actor actor(ParsedDocument doc, Optional<String> mainCountry, String fragment) {
    List<Actor> actors = finder.find(doc, mainCountry);
    return actors.stream().filter(a -> a.name().contains(fragment)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor like " + fragment + " in " + actors.stream().map(Actor::name).toList()));
  }

  private static String code(ParsedDocument doc, String name) {
    List<Actor> actors = finder.find(doc, Optional.empty());
    return actors.stream().filter(a -> a.name().equals(name)).findFirst()
        .map(a -> a.country().orElse("-") + "/" + a.sector().orElse("-"))
        .orElseThrow(() -> new AssertionError("no actor " + name + " in " + actors.stream().map(Actor::name).toList()));
  }

  @Test
  void aBodyDescribedBetweenCommasIsOneActorWithTheDescriptionsSector() {
    var doc = HandParse.sentence("The/DT Tanzania/NNP/ORGANIZATION Pilots/NNP/ORGANIZATION Association/NNP/ORGANIZATION ,/, "
        + "the/DT only/JJ union/NN of/IN airline/NN pilots/NNS ,/, called/VBD/call a/DT strike/NN ./.", "");
    List<Actor> actors = finder.find(doc, Optional.empty());
    assertThat(actors).extracting(Actor::name).doesNotContain("only union").contains("Tanzania Pilots Association");
    assertThat(code(doc, "Tanzania Pilots Association")).endsWith("/LAB");
  }

  @Test
  void aPartyMemberIsOfAPartyNotOfTheOpposition() {
    var doc = HandParse.sentence("Ana/NNP/PERSON Silva/NNP/PERSON ,/, a/DT member/NN of/IN the/DT Labour/NNP/ORGANIZATION "
        + "Party/NNP/ORGANIZATION of/IN Brazil/NNP/LOCATION ,/, spoke/VBD/speak ./.", "");
    assertThat(code(doc, "Ana Silva")).endsWith("/PTY");
  }

  @Test
  void aMemberOfTheRulingPartyGoverns() {
    var doc = HandParse.sentence("Tran/NNP/PERSON Van/NNP/PERSON Minh/NNP/PERSON ,/, a/DT member/NN of/IN the/DT "
        + "ruling/VBG/rule party/NN ,/, spoke/VBD/speak ./.", "");
    assertThat(code(doc, "Tran Van Minh")).endsWith("/GOV");
  }

  @Test
  void anOppositionPartyIsOpposition() {
    var doc = HandParse.sentence("Ines/NNP/PERSON Duarte/NNP/PERSON ,/, the/DT leader/NN of/IN the/DT main/JJ "
        + "opposition/NN party/NN ,/, spoke/VBD/speak ./.", "");
    assertThat(code(doc, "Ines Duarte")).endsWith("/OPP");
  }

  @Test
  void aFormerOfficeHolderIsAnEliteOfHisCountry() {
    var doc = HandParse.sentence("Former/JJ/former Chilean/JJ/Chilean/MISC President/NNP Pablo/NNP/PERSON "
        + "Rojas/NNP/PERSON spoke/VBD/speak ./.", "");
    assertThat(code(doc, "Pablo Rojas")).isEqualTo("CHL/ELI");
    var sitting = HandParse.sentence("Chilean/JJ/Chilean/MISC President/NNP Pablo/NNP/PERSON Rojas/NNP/PERSON "
        + "spoke/VBD/speak ./.", "");
    assertThat(code(sitting, "Pablo Rojas")).isEqualTo("CHL/GOV");
  }

  @Test
  void pluralNationalityNounsAreThatCountrysPeople() {
    var doc = HandParse.sentence("Hundreds/NNS/hundred of/IN Bolivians/NNPS/Bolivian/MISC crossed/VBD/cross "
        + "the/DT border/NN ./.", "");
    assertThat(code(doc, "Bolivians")).isEqualTo("BOL/-");
    var irregular = HandParse.sentence("Two/CD Danes/NNPS/Dane/MISC were/VBD/be hurt/VBN ./.", "");
    assertThat(code(irregular, "Danes")).isEqualTo("DNK/-");
  }

  @Test
  void namedMembersOfAnOppositionGroupAreOpposition() {
    var doc = HandParse.on(java.time.LocalDate.of(2024, 5, 2))
        .add("Police/NNS/police detained/VBD/detain four/CD opposition/NN figures/NNS/figure ./.", "")
        .add("They/PRP were/VBD/be Rosa/NNP/PERSON Quispe/NNP/PERSON ,/, the/DT leader/NN of/IN a/DT farmers/NNS/farmer "
            + "'/POS party/NN ./.", "")
        .build();
    assertThat(code(doc, "Rosa Quispe")).endsWith("/OPP");
  }

  @Test
  void everyActorSaysWhichRuleGaveItsCountryAndSector() {
    var doc = HandParse.sentence("Peruvian/JJ/Peruvian/MISC Foreign/NNP Minister/NNP Lucia/NNP/PERSON Vargas/NNP/PERSON "
        + "met/VBD/meet Bolivian/JJ/Bolivian/MISC police/NNS/police ./.", "");
    var actors = finder.find(doc, Optional.empty());
    var minister = actors.stream().filter(a -> a.name().equals("Lucia Vargas")).findFirst().orElseThrow();
    assertThat(minister.attribution().country()).contains("title");
    assertThat(minister.attribution().sector()).contains("title");
    var police = actors.stream().filter(a -> a.sector().equals(Optional.of("COP"))).findFirst().orElseThrow();
    assertThat(police.country()).contains("BOL");
    assertThat(police.attribution().sector()).contains("role");
  }

  @Test
  void troopsOfAnInternationalBodyBelongToIt() {
    var doc = HandParse.sentence("NATO/NNP/ORGANIZATION troops/NNS/troop left/VBD/leave Kosovo/NNP/LOCATION ./.", "");
    var troops = actor(doc, Optional.empty(), "troops");
    assertThat(troops.country()).isEmpty();
    assertThat(troops.sector()).contains("IGO");
  }

  @Test
  void aRoleNounTakesTheCountryOfItsOfPhrase() {
    var doc = HandParse.sentence("The/DT leaders/NNS/leader of/IN Chad/NNP/LOCATION 's/POS main/JJ party/NN "
        + "met/VBD/meet ./.", "");
    var leaders = actor(doc, Optional.empty(), "leaders");
    assertThat(leaders.country()).contains("TCD");
    assertThat(leaders.attribution().country()).contains("appositive");
  }

  @Test
  void aGroupTakesTheCountryOfThePlaceWhereItActsBeforeTheStorysCountry() {
    var doc = HandParse.sentence("Protesters/NNS/protester marched/VBD/march in/IN Accra/NNP/LOCATION on/IN "
        + "Monday/NNP/DATE ./.", "");
    var protesters = actor(doc, Optional.of("TGO"), "Protesters");
    assertThat(protesters.country()).contains("GHA");
    assertThat(protesters.attribution().country()).contains("place");
    var travelling = HandParse.sentence("Protesters/NNS/protester flew/VBD/fly to/TO Accra/NNP/LOCATION ./.", "");
    var flying = actor(travelling, Optional.of("TGO"), "Protesters");
    assertThat(flying.country()).contains("TGO");
  }

  @Test
  void aTitleWithACountryNamesWhoHeldTheOfficeOnTheStorysDate(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("people.tsv"), "name\taliases\tcountry\tsector\trole\tfrom\tto\n"
        + "Lina Moyo\tMoyo\tCOM\tGOV\tPresident\t2019-06-01\t2024-06-01\n");
    var withHolder = new ActorFinder(Knowledge.load(Optional.of(dir)));
    String line = "The/DT Comorian/JJ/Comorian/MISC president/NN said/VBD/say nothing/NN ./.";
    var during = withHolder.find(HandParse.on(LocalDate.of(2022, 3, 1)).add(line, "").build(), Optional.empty());
    assertThat(during).anyMatch(a -> a.name().equals("Lina Moyo") && a.code().equals(Optional.of("COMGOV")));
    var after = withHolder.find(HandParse.on(LocalDate.of(2025, 3, 1)).add(line, "").build(), Optional.empty());
    assertThat(after).noneMatch(a -> a.name().equals("Lina Moyo"));
    assertThat(after).anyMatch(a -> a.name().equals("Comorian president") && a.code().equals(Optional.of("COMGOV")));
  }

  @Test
  void anUnnamedTitleWithAnIndefiniteArticleStaysAnonymous() {
    var doc = HandParse.sentence("A/DT Malawian/JJ/Malawian/MISC minister/NN resigned/VBD/resign ./.", "");
    assertThat(finder.find(doc, Optional.empty())).anyMatch(a -> a.kind() == org.parley.core.record.ActorKind.ANONYMOUS
        && a.country().equals(Optional.of("MWI")));
  }

  @Test
  void aParticipleInATitleDoesNotHideTheCountryBeforeIt() {
    var doc = HandParse.sentence("Chile/NNP/LOCATION 's/POS visiting/VBG/visit King/NNP Tomas/NNP/PERSON "
        + "Ruiz/NNP/PERSON spoke/VBD/speak ./.", "");
    assertThat(code(doc, "Tomas Ruiz")).isEqualTo("CHL/GOV");
  }

  @Test
  void lessCommonNationalityWordsNameTheirCountry() {
    var doc = HandParse.sentence("Ecuadorian/JJ/Ecuadorian/MISC police/NNS/police and/CC Kyrgyz/JJ/Kyrgyz/MISC "
        + "officials/NNS/official and/CC three/CD Serbs/NNPS/Serb met/VBD/meet ./.", "");
    assertThat(code(doc, "Ecuadorian police")).isEqualTo("ECU/COP");
    assertThat(code(doc, "Kyrgyz officials")).isEqualTo("KGZ/GOV");
    assertThat(code(doc, "Serbs")).startsWith("SRB/");
  }

  private static String fullCode(ParsedDocument doc, String name) {
    List<Actor> actors = finder.find(doc, Optional.of("FRA"));
    return actors.stream().filter(a -> a.name().equals(name)).findFirst().flatMap(Actor::code)
        .orElseThrow(() -> new AssertionError("no coded actor " + name + " in " + actors.stream().map(Actor::name).toList()));
  }

  @Test
  void anInternationalBodyCarriesCameosCodeForIt() {
    var doc = HandParse.sentence("UNICEF/NNP/ORGANIZATION and/CC Oxfam/NNP/ORGANIZATION warned/VBD/warn of/IN "
        + "hunger/NN ./.", "");
    assertThat(fullCode(doc, "UNICEF")).isEqualTo("IGOUNOKID");
    assertThat(fullCode(doc, "Oxfam")).isEqualTo("NGOXFM");
  }

  @Test
  void thoseWhoServeAnInternationalBodyCarryItsCode() {
    var doc = HandParse.sentence("UN/NNP/ORGANIZATION envoy/NN Tomas/NNP/PERSON Berg/NNP/PERSON met/VBD/meet "
        + "NATO/NNP/ORGANIZATION troops/NNS/troop in/IN Pristina/NNP/LOCATION ./.", "");
    assertThat(fullCode(doc, "Tomas Berg")).isEqualTo("IGOUNO");
    assertThat(finder.find(doc, Optional.empty()).stream().filter(a -> a.name().contains("troops")).findFirst()
        .flatMap(Actor::code)).contains("IGOWSTNAT");
  }

  @Test
  void aTransnationalArmedGroupIsAnInternationalMilitarisedGroupOfNoState() {
    var doc = HandParse.sentence("al-Qaeda/NNP/ORGANIZATION claimed/VBD/claim the/DT raid/NN in/IN "
        + "Mali/NNP/LOCATION ./.", "");
    assertThat(fullCode(doc, "al-Qaeda")).isEqualTo("IMGMUSALQ");
  }

  @Test
  void whoeverHeadsAnInternationalBodyIsCodedAsTheBody() {
    var doc = HandParse.sentence("Jan/NNP/Jan/PERSON Holm/NNP/Holm/PERSON ,/, the/DT head/NN of/IN the/DT "
        + "International/NNP/ORGANIZATION Atomic/NNP/ORGANIZATION Energy/NNP/ORGANIZATION Agency/NNP/ORGANIZATION "
        + ",/, visited/VBD/visit Tehran/NNP/LOCATION ./.",
        "compound(2,1) nsubj(13,2) punct(2,3) det(5,4) appos(2,5) case(11,6) det(11,7) compound(11,8) compound(11,9) "
            + "compound(11,10) nmod:of(5,11) punct(2,12) root(0,13) obj(13,14) punct(13,15)");
    List<Actor> actors = finder.find(doc, Optional.empty());
    assertThat(actors).filteredOn(a -> a.name().contains("Holm")).singleElement()
        .satisfies(a -> assertThat(a.code()).contains("IGOUNOIAE"));
  }

  @Test
  void aStatesOwnBodyHasNoInternationalCode() {
    var doc = HandParse.sentence("The/DT Kenyan/JJ/Kenyan/MISC police/NN arrested/VBD/arrest "
        + "Amnesty/NNP/ORGANIZATION International/NNP/ORGANIZATION researchers/NNS/researcher ./.", "");
    List<Actor> actors = finder.find(doc, Optional.empty());
    assertThat(actors).filteredOn(a -> a.name().contains("police")).singleElement()
        .satisfies(a -> {
          assertThat(a.code()).contains("KENCOP");
          assertThat(a.organizationCode()).isEmpty();
        });
  }

  @Test
  void aBodyNoDictionaryKnowsIsOfTheStateItsNameNames() {
    var doc = HandParse.sentence("The/DT Uganda/NNP/ORGANIZATION Union/NNP/ORGANIZATION of/IN/ORGANIZATION "
        + "Coffee/NNP/ORGANIZATION Farmers/NNPS/ORGANIZATION met/VBD/meet Lusaka/NNP/ORGANIZATION "
        + "University/NNP/ORGANIZATION staff/NN ./.", "");
    assertThat(code(doc, "Uganda Union of Coffee Farmers")).as("named for its members, farmers").isEqualTo("UGA/AGR");
    assertThat(finder.find(doc, Optional.of("KEN"))).filteredOn(a -> a.name().equals("Lusaka University"))
        .singleElement().satisfies(a -> {
          assertThat(a.country()).as("a capital in its name").contains("ZMB");
          assertThat(a.attribution().country()).contains("name");
        });
  }

  @Test
  void aUnionIsLabour() {
    var doc = HandParse.sentence("The/DT union/NN called/VBD/call a/DT strike/NN at/IN the/DT port/NN ./.", "");
    assertThat(code(doc, "union")).endsWith("/LAB");
  }

  @Test
  void theHeadOfAnInternationalBodyNamedAloneCarriesItsCode() {
    var doc = HandParse.sentence("Guterres/NNP/PERSON warned/VBD/warn of/IN famine/NN ./.", "");
    assertThat(fullCode(doc, "Guterres")).isEqualTo("IGOUNO");
  }

  @Test
  void anArmedGroupTheConvertedDictionaryKnowsIsAnOrganisationWithItsCode() {
    var doc = HandParse.sentence("Ansar/NNP/ORGANIZATION Al-Sharia/NNP/ORGANIZATION claimed/VBD/claim the/DT attack/NN ./.", "");
    List<Actor> actors = finder.find(doc, Optional.empty());
    assertThat(actors).filteredOn(a -> a.name().startsWith("Ansar")).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(org.parley.core.record.ActorKind.ORGANIZATION);
      assertThat(a.code()).hasValueSatisfying(c -> assertThat(c).startsWith("IMG").hasSizeGreaterThan(3));
    });
  }
}
