package org.parley.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.record.Modality;
import org.parley.core.record.Actor;
import org.parley.core.record.ActorKind;
import org.parley.core.record.Mention;
import org.parley.core.text.ParsedDocument;
import org.parley.extract.actors.ActorFinder;
import org.parley.extract.dictionary.Knowledge;
import org.parley.extract.syntax.ParseBudget;
import org.parley.extract.testing.HandParse;

/** Event coding on hand-parsed sentences: no CoreNLP, so every frame is exactly the one written. */
class EventFinderTest {
  private static Knowledge knowledge;
  private static EventFinder bundled;

  @BeforeAll
  static void load() {
    knowledge = Knowledge.load(Optional.empty());
    bundled = EventFinder.load(knowledge, Optional.empty());
  }

  private static List<org.parley.core.record.Event> events(EventFinder finder, ParsedDocument doc, Actor... actors) {
    return finder.find(doc, List.of(actors), List.of(), List.of(), Optional.empty(), Optional.empty()).events();
  }

  private static List<String> triples(EventFinder finder, ParsedDocument doc, Actor... actors) {
    return events(finder, doc, actors).stream()
        .map(e -> e.cameo() + " " + e.sourceCode().orElse("-") + " " + e.targetCode().orElse("-"))
        .toList();
  }

  private static EventFinder withUserPatterns(Path dir, String rows) throws Exception {
    Files.writeString(dir.resolve("patterns.tsv"), "id\tcameo\ttrigger\tflags\n" + rows);
    return EventFinder.load(knowledge, Optional.of(dir));
  }

  /** The events coded with the actors the actor stage finds, and these places. */
  private static List<org.parley.core.record.Event> withFoundActors(ParsedDocument doc,
      org.parley.core.record.Place... places) {
    var actors = new ActorFinder(knowledge).find(doc, Optional.empty());
    return bundled.find(doc, actors, List.of(), List.of(places), Optional.empty(), Optional.empty()).events();
  }

  /** A geocoded city at its first mention in the document (coordinates do not matter to coding). */
  private static org.parley.core.record.Place city(ParsedDocument doc, String name, String iso3) {
    int at = doc.text().indexOf(name);
    return new org.parley.core.record.Place(name, org.parley.core.record.PlaceKind.CITY, Optional.of(iso3),
        Optional.of(0.0), Optional.of(0.0), List.of(new Mention(at, at + name.length(), name)));
  }

  private static Actor organization(ParsedDocument doc, String word, String name, String sector) {
    int start = doc.text().indexOf(word);
    return new Actor("a1", name, ActorKind.ORGANIZATION, Optional.empty(), Optional.of(sector), Optional.empty(),
        List.of(new Mention(start, start + word.length(), word)));
  }

  @Test
  void codesAVerbOnlyTheConvertedDictionaryKnows() {
    var doc = HandParse.sentence("Ghana/NNP/LOCATION snubbed/VBD/snub Togo/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)");
    var events = events(bundled, doc);
    assertThat(events).extracting(e -> e.cameo() + " " + e.sourceCode().orElse("-") + " " + e.targetCode().orElse("-"))
        .containsExactly("111 GHA TGO");
    assertThat(events.get(0).pattern()).startsWith("petrarch.");
  }

  @Test
  void aPhraseRequirementNeedsItsModifierAsWellAsItsHead(@TempDir Path dir) throws Exception {
    var finder = withUserPatterns(dir, "t.relief\t0333\tferry +relief_supply to\t\n");
    var relief = HandParse.sentence(
        "Kenya/NNP/LOCATION ferried/VBD/ferry relief/NN supplies/NNS/supply to/TO/to Somalia/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) case(6,5) obl:to(2,6) punct(2,7)");
    assertThat(triples(finder, relief)).contains("0333 KEN SOM");
    var plain = HandParse.sentence(
        "Kenya/NNP/LOCATION ferried/VBD/ferry fuel/NN supplies/NNS/supply to/TO/to Somalia/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) case(6,5) obl:to(2,6) punct(2,7)");
    assertThat(triples(finder, plain)).noneMatch(t -> t.startsWith("0333"));
  }

  @Test
  void aReciprocalPatternCodesTheHappeningFromBothSides(@TempDir Path dir) throws Exception {
    var finder = withUserPatterns(dir, "t.tour\t042\ttour obj\trecip=043\n");
    var doc = HandParse.sentence("Chile/NNP/LOCATION toured/VBD/tour Bolivia/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)");
    assertThat(triples(finder, doc)).contains("042 CHL BOL", "043 BOL CHL");
  }

  @Test
  void aSubjectRequirementIsCheckedAgainstTheSubject(@TempDir Path dir) throws Exception {
    var finder = withUserPatterns(dir, "t.drill\t150\tstage <navy +exercise with\t\n");
    String edges = "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) case(7,6) obl:with(4,7) punct(4,8)";
    var navy = HandParse.sentence(
        "Italy/NNP/LOCATION 's/POS navy/NN staged/VBD/stage exercises/NNS/exercise with/IN Greece/NNP/LOCATION ./.", edges);
    assertThat(triples(finder, navy)).anyMatch(t -> t.startsWith("150 ITA") && t.endsWith("GRC"));
    var farmers = HandParse.sentence(
        "Italy/NNP/LOCATION 's/POS farmers/NNS/farmer staged/VBD/stage exercises/NNS/exercise with/IN Greece/NNP/LOCATION ./.",
        edges);
    assertThat(triples(finder, farmers)).noneMatch(t -> t.startsWith("150"));
  }

  @Test
  void aThreatIsAimedAtWhomItsUncodedActIsAbout() {
    var doc = HandParse.sentence(
        "Norway/NNP/LOCATION threatened/VBD/threaten to/TO ration/VB power/NN to/TO Sweden/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) obj(4,5) case(7,6) obl:to(4,7) punct(2,8)");
    assertThat(triples(bundled, doc)).anyMatch(t -> t.startsWith("13") && t.endsWith("NOR SWE"));
  }

  @Test
  void aBareDictionaryVerbGivesWayToTheEventNounItGoverns() {
    var doc = HandParse.sentence(
        "Laos/NNP/LOCATION engaged/VBD/engage in/IN talks/NNS/talk with/IN Vietnam/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) case(4,3) obl:in(2,4) case(6,5) nmod:with(4,6) punct(2,7)");
    var coded = triples(bundled, doc);
    assertThat(coded).noneMatch(t -> t.startsWith("19"));
    assertThat(coded).anyMatch(t -> t.startsWith("04") && t.contains("LAO") && t.contains("VNM"));
  }

  @Test
  void aSpecificPhraseCodesAnEventWhoseTargetIsUnnamed() {
    var doc = HandParse.sentence(
        "Chad/NNP/LOCATION 's/POS government/NN recalled/VBD/recall its/PRP$ ambassador/NN ./.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) nmod:poss(6,5) obj(4,6) punct(4,7)");
    assertThat(triples(bundled, doc)).contains("161 TCDGOV -");
  }

  @Test
  void aRequiredPhraseBeatsABareVerbThatExpectsNoTarget() {
    // "appeal" alone is a pattern without a target slot; "appeal for aid" names what was asked.
    var doc = HandParse.sentence("Malawi/NNP/LOCATION appealed/VBD/appeal for/IN food/NN aid/NN ./.",
        "nsubj(2,1) root(0,2) case(5,3) compound(5,4) obl:for(2,5) punct(2,6)");
    assertThat(triples(bundled, doc)).containsExactly("023 MWI -");
  }

  @Test
  void anAmountsKindSaysWhomItReached() {
    var doc = HandParse.sentence(
        "Norway/NNP/LOCATION pledged/VBD/pledge 20/CD million/CD dollars/NNS/dollar in/IN aid/NN to/TO Nepal/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) compound(4,3) nummod(5,4) obj(2,5) case(7,6) nmod:in(5,7) case(9,8) nmod:to(7,9) punct(2,10)");
    assertThat(triples(bundled, doc)).contains("033 NOR NPL");
  }

  @Test
  void aBareVerbWithoutATargetCodesNothing() {
    var doc = HandParse.sentence("Chile/NNP/LOCATION snubbed/VBD/snub the/DT offer/NN ./.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(2,5)");
    assertThat(triples(bundled, doc)).noneMatch(t -> t.startsWith("111"));
  }

  @Test
  void theNationNamesTheStateMentionedJustBefore() {
    var doc = HandParse.on(java.time.LocalDate.of(2024, 5, 2))
        .add("Mali/NNP/LOCATION expelled/VBD/expel a/DT French/JJ/French/MISC envoy/NN ./.",
            "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) punct(2,6)")
        .add("The/DT EU/NNP/ORGANIZATION recalled/VBD/recall its/PRP$ ambassador/NN from/IN the/DT landlocked/JJ nation/NN ./.",
            "det(2,1) nsubj(3,2) root(0,3) nmod:poss(5,4) obj(3,5) case(9,6) det(9,7) amod(9,8) obl:from(3,9) punct(3,10)")
        .build();
    var eu = organization(doc, "EU", "European Union", "IGO");
    assertThat(triples(bundled, doc, eu)).contains("161 IGO MLI");
  }

  @Test
  void theNationIsLookedForInItsOwnSentenceFirstAndNeverAsACapital() {
    var doc = HandParse.on(java.time.LocalDate.of(2024, 5, 2))
        .add("Envoys/NNS/envoy flew/VBD/fly to/TO Lisbon/NNP/LOCATION ./.",
            "nsubj(2,1) root(0,2) case(4,3) obl:to(2,4) punct(2,5)")
        .add("The/DT EU/NNP/ORGANIZATION criticised/VBD/criticise Moldovan/JJ/Moldovan/MISC courts/NNS/court and/CC "
                + "recalled/VBD/recall its/PRP$ ambassador/NN from/IN the/DT small/JJ nation/NN ./.",
            "det(2,1) nsubj(3,2) root(0,3) amod(5,4) obj(3,5) cc(7,6) conj(3,7) nsubj(7,2) nmod:poss(9,8) obj(7,9) "
                + "case(13,10) det(13,11) amod(13,12) obl:from(7,13) punct(3,14)")
        .build();
    var eu = organization(doc, "EU", "European Union", "IGO");
    assertThat(triples(bundled, doc, eu)).contains("161 IGO MDA").noneMatch(t -> t.startsWith("161") && t.contains("PRT"));
  }

  @Test
  void sayingAnotherStateMustActIsADemandOfIt() {
    var doc = HandParse.sentence(
        "Peru/NNP/LOCATION said/VBD/say Ecuador/NNP/LOCATION must/MD withdraw/VB its/PRP$ troops/NNS/troop ./.",
        "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) nmod:poss(7,6) obj(5,7) punct(2,8)");
    assertThat(triples(bundled, doc)).contains("100 PER ECU");
    var plain = HandParse.sentence(
        "Peru/NNP/LOCATION said/VBD/say Ecuador/NNP/LOCATION withdrew/VBD/withdraw its/PRP$ troops/NNS/troop ./.",
        "nsubj(2,1) root(0,2) nsubj(4,3) ccomp(2,4) nmod:poss(6,5) obj(4,6) punct(2,7)");
    assertThat(triples(bundled, plain)).noneMatch(t -> t.startsWith("10"));
  }

  @Test
  void aMatchReportCodesNoAssault() {
    var match = HandParse.sentence(
        "Uruguay/NNP/LOCATION beat/VBD/beat Chile/NNP/LOCATION in/IN the/DT quarter-final/NN ./.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:in(2,6) punct(2,7)");
    assertThat(triples(bundled, match)).isEmpty();
    var raid = HandParse.sentence(
        "Uruguay/NNP/LOCATION attacked/VBD/attack Chile/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)");
    assertThat(triples(bundled, raid)).isNotEmpty();
  }

  @Test
  void deathsByAnAccidentOrADisasterAreNoOnesAttack() {
    var floods = HandParse.sentence(
        "Floods/NNS/flood killed/VBD/kill forty/CD Kenyan/JJ/Kenyan/MISC herders/NNS/herder ./.",
        "nsubj(2,1) root(0,2) nummod(5,3) amod(5,4) obj(2,5) punct(2,6)");
    assertThat(withFoundActors(floods)).isEmpty();
    var crash = HandParse.sentence(
        "Kenyan/JJ/Kenyan/MISC herders/NNS/herder were/VBD/be killed/VBN/kill in/IN a/DT bus/NN crash/NN ./.",
        "amod(2,1) nsubj:pass(4,2) aux:pass(4,3) root(0,4) case(8,5) det(8,6) compound(8,7) obl:in(4,8) punct(4,9)");
    assertThat(withFoundActors(crash)).isEmpty();
    var raid = HandParse.sentence(
        "Somali/JJ/Somali/MISC militiamen/NNS/militiaman killed/VBD/kill forty/CD Kenyan/JJ/Kenyan/MISC herders/NNS/herder ./.",
        "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)");
    assertThat(withFoundActors(raid)).extracting(e -> e.cameo().substring(0, 2)).contains("18");
  }

  @Test
  void aParticipleAfterANounIsAPassiveDoneToThatNoun() {
    // "mourned herders killed by militiamen": the herders are the target, the militiamen the source.
    var doc = HandParse.sentence(
        "Villagers/NNS/villager mourned/VBD/mourn Kenyan/JJ/Kenyan/MISC herders/NNS/herder killed/VBN/kill by/IN "
            + "Somali/JJ/Somali/MISC militiamen/NNS/militiaman ./.",
        "nsubj(2,1) root(0,2) amod(4,3) obj(2,4) acl(4,5) case(8,6) amod(8,7) obl:agent(5,8) punct(2,9)");
    assertThat(withFoundActors(doc)).extracting(e -> e.cameo().substring(0, 2) + " " + e.sourceCode().orElse("-")
        + " " + e.targetCode().orElse("-")).contains("18 SOMREB KENAGR");
  }

  @Test
  void whatSomeoneIsAccusedOfIsAllegedAndOnlyTheAccusationIsCoded() {
    var doc = HandParse.sentence(
        "Gabon/NNP/LOCATION accused/VBD/accuse Cameroon/NNP/LOCATION of/IN shelling/VBG/shell its/PRP$ "
            + "border/NN posts/NNS ./.",
        "nsubj(2,1) root(0,2) obj(2,3) mark(5,4) advcl:of(2,5) nmod:poss(8,6) compound(8,7) obj(5,8) punct(2,9)");
    assertThat(withFoundActors(doc)).extracting(e -> e.cameo().substring(0, 2)).containsExactly("11");
  }

  @Test
  void forceAgainstAThingIsAnAttackOnlyWhenItsDoerBearsArms() {
    var armed = HandParse.sentence(
        "Rebels/NNS/rebel attacked/VBD/attack a/DT fuel/NN convoy/NN ./.",
        "nsubj(2,1) root(0,2) det(5,3) compound(5,4) obj(2,5) punct(2,6)");
    assertThat(withFoundActors(armed)).extracting(e -> e.cameo().substring(0, 2) + " " + e.sourceCode().orElse("-")
        + " " + e.targetCode().orElse("-")).containsExactly("18 REB -");
    var words = HandParse.sentence(
        "Peru/NNP/LOCATION attacked/VBD/attack the/DT fuel/NN tax/NN ./.",
        "nsubj(2,1) root(0,2) det(5,3) compound(5,4) obj(2,5) punct(2,6)");
    assertThat(withFoundActors(words)).isEmpty();
  }

  @Test
  void aVowToStrikeIsAThreatNotAPledgeOfCooperation() {
    var doc = HandParse.sentence(
        "Azerbaijan/NNP/LOCATION vowed/VBD/vow to/TO retaliate/VB against/IN Armenia/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) case(6,5) obl:against(4,6) punct(2,7)");
    assertThat(triples(bundled, doc)).containsExactly("138 AZE ARM");
  }

  @Test
  void theSourcesOwnPeopleAreNotItsTarget() {
    var doc = HandParse.sentence(
        "Laos/NNP/LOCATION pulled/VBD/pull its/PRP$ troops/NNS/troop from/IN the/DT border/NN ./.",
        "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) case(7,5) det(7,6) obl:from(2,7) punct(2,8)");
    assertThat(triples(bundled, doc)).containsExactly("0874 LAO -");
  }

  @Test
  void anIntentAboutAnActStandsWithoutATarget() {
    var doc = HandParse.sentence(
        "Laos/NNP/LOCATION agreed/VBD/agree to/TO postpone/VB the/DT vote/NN ./.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) det(6,5) obj(4,6) punct(2,7)");
    assertThat(triples(bundled, doc)).containsExactly("030 LAO -");
    var bare = HandParse.sentence("Laos/NNP/LOCATION agreed/VBD/agree ./.", "nsubj(2,1) root(0,2) punct(2,3)");
    assertThat(triples(bundled, bare)).isEmpty();
  }

  @Test
  void anEventNounDerivedFromAVerbThroughWordNetCodesLikeTheVerb() {
    var doc = HandParse.sentence(
        "Peru/NNP/LOCATION 's/POS censure/NN of/IN Ecuador/NNP/LOCATION surprised/VBD/surprise observers/NNS/observer ./.",
        "nmod:poss(3,1) case(1,2) nsubj(6,3) case(5,4) nmod:of(3,5) root(0,6) obj(6,7) punct(6,8)");
    var events = events(bundled, doc);
    assertThat(events).anyMatch(e -> e.cameo().equals("111") && e.pattern().equals("wordnet.censure")
        && e.sourceCode().equals(Optional.of("PER")) && e.targetCode().equals(Optional.of("ECU")));
  }

  @Test
  void aThreatReachesWhomItsActsObjectIsFor() {
    var doc = HandParse.sentence(
        "Gabon/NNP/LOCATION threatened/VBD/threaten to/TO halt/VB timber/NN sales/NNS/sale to/TO Cameroon/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) compound(6,5) obj(4,6) case(8,7) nmod:to(6,8) punct(2,9)");
    assertThat(triples(bundled, doc)).anyMatch(t -> t.startsWith("13") && t.endsWith("GAB CMR"));
  }

  @Test
  void aThreatIsAimedAtWhereItsActWouldHappenButNeverAtItsSource() {
    var abroad = HandParse.sentence(
        "Gabon/NNP/LOCATION threatened/VBD/threaten to/TO resume/VB raids/NNS/raid in/IN Cameroon/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) mark(4,3) advcl:to(2,4) obj(4,5) case(7,6) nmod:in(5,7) punct(2,8)");
    assertThat(triples(bundled, abroad)).anyMatch(t -> t.startsWith("13") && t.endsWith("GAB CMR"));
    var home = HandParse.sentence(
        "Gabon/NNP/LOCATION threatened/VBD/threaten to/TO resume/VB raids/NNS/raid in/IN Gabon/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) mark(4,3) advcl:to(2,4) obj(4,5) case(7,6) nmod:in(5,7) punct(2,8)");
    assertThat(triples(bundled, home)).allMatch(t -> t.endsWith("GAB -")).isNotEmpty();
  }

  @Test
  void sayingOneWillNotCooperateIsARefusalWhileNotHavingDoneSoIsANegatedAct() {
    var will = HandParse.sentence(
        "Nepal/NNP/LOCATION will/MD not/RB meet/VB Bhutan/NNP/LOCATION ./.",
        "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) obj(4,5) punct(4,6)");
    var refusal = events(bundled, will);
    assertThat(refusal).extracting(e -> e.cameo() + " " + e.modality()).containsExactly("125 ASSERTED");
    var did = HandParse.sentence(
        "Nepal/NNP/LOCATION did/VBD/do not/RB meet/VB Bhutan/NNP/LOCATION ./.",
        "nsubj(4,1) aux(4,2) advmod(4,3) root(0,4) obj(4,5) punct(4,6)");
    assertThat(events(bundled, did)).extracting(e -> e.cameo().substring(0, 2) + " " + e.modality())
        .containsExactly("04 NEGATED");
  }

  @Test
  void aClauseOfWhatHappenedIsToldAsDoneWhateverTheVowAboveIt() {
    String edges = "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) mark(8,5) amod(7,6) nsubj(8,7) advcl(4,8) obj(8,9) "
        + "punct(2,10)";
    var after = HandParse.sentence("Laos/NNP/LOCATION vowed/VBD/vow to/TO respond/VB after/IN Thai/JJ/Thai/MISC "
        + "soldiers/NNS/soldier shelled/VBD/shell Laos/NNP/LOCATION ./.", edges);
    assertThat(events(bundled, after)).filteredOn(e -> e.cameo().startsWith("19"))
        .extracting(e -> e.sourceCode().orElse("-") + " " + e.modality()).containsExactly("THAMIL ASSERTED");
    var unless = HandParse.sentence("Laos/NNP/LOCATION vowed/VBD/vow to/TO respond/VB if/IN Thai/JJ/Thai/MISC "
        + "soldiers/NNS/soldier shelled/VBD/shell Laos/NNP/LOCATION ./.", edges);
    assertThat(events(bundled, unless)).filteredOn(e -> e.cameo().startsWith("19"))
        .extracting(e -> e.modality()).doesNotContain(Modality.ASSERTED);
  }

  @Test
  void endingAPactReducesTiesWithTheOtherSideAndIsNoAgreement() {
    var ended = HandParse.sentence(
        "Bolivia/NNP/LOCATION ended/VBD/end its/PRP$ trade/NN pact/NN with/IN Paraguay/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) compound(5,4) obj(2,5) case(7,6) nmod:with(5,7) punct(2,8)");
    assertThat(events(bundled, ended)).filteredOn(e -> e.modality() != Modality.NEGATED)
        .extracting(e -> e.cameo() + " " + e.sourceCode().orElse("-") + " " + e.targetCode().orElse("-"))
        .contains("160 BOL PRY").noneMatch(t -> t.startsWith("05"));
    var visit = HandParse.sentence(
        "Bolivia/NNP/LOCATION ended/VBD/end a/DT visit/NN to/IN Paraguay/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:to(4,6) punct(2,7)");
    assertThat(events(bundled, visit)).filteredOn(e -> e.cameo().startsWith("04")).isNotEmpty()
        .allMatch(e -> e.modality() == Modality.ASSERTED);
  }

  @Test
  void praisingAPactIsAimedAtTheOtherSideWhereverTheParserHangsIt() {
    var onNoun = HandParse.sentence(
        "Kenya/NNP/LOCATION welcomed/VBD/welcome its/PRP$ pact/NN with/IN Ghana/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) case(6,5) nmod:with(4,6) punct(2,7)");
    assertThat(triples(bundled, onNoun)).contains("051 KEN GHA");
    var onVerb = HandParse.sentence(
        "Kenya/NNP/LOCATION welcomed/VBD/welcome its/PRP$ pact/NN with/IN Ghana/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) case(6,5) obl:with(2,6) punct(2,7)");
    assertThat(triples(bundled, onVerb)).contains("051 KEN GHA");
    var instrument = HandParse.sentence(
        "Kenya/NNP/LOCATION welcomed/VBD/welcome the/DT report/NN with/IN Ghana/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:with(2,6) punct(2,7)");
    assertThat(triples(bundled, instrument)).doesNotContain("051 KEN GHA");
  }

  @Test
  void aPlaceNameThatOnlyStartsALongerNameIsNoPlace() {
    var bay = HandParse.sentence(
        "Nepal/NNP/LOCATION held/VBD/hold drills/NNS/drill in/IN the/DT Bay/NNP/Bay/LOCATION of/IN/of/LOCATION "
            + "Bengal/NNP/Bengal/LOCATION ./.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) obl:in(2,6) case(8,7) nmod:of(6,8) punct(2,9)");
    assertThat(triples(bundled, bay)).containsExactly("152 NPL -");
  }

  @Test
  void aParticleParsedIntoATwoWordPrepositionStillCounts() {
    var doc = HandParse.sentence(
        "Chad/NNP/LOCATION forced/VBD/force the/DT Sudanese/JJ/Sudanese/MISC envoy/NN out/IN of/IN the/DT country/NN ./.",
        "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) obl:out_of(2,9) case(9,6) fixed(6,7) det(9,8) punct(2,10)");
    assertThat(triples(bundled, doc)).anyMatch(t -> t.startsWith("166 TCD"));
  }

  @Test
  void aParticipleAfterItsNounIsDoneByTheNounOrByWhoeverIssuedIt() {
    var marchers = HandParse.sentence(
        "Students/NNS/student demanding/VBG/demand reforms/NNS/reform marched/VBD/march ./.",
        "nsubj(4,1) acl(1,2) obj(2,3) root(0,4) punct(4,5)");
    assertThat(events(bundled, marchers)).anyMatch(e -> e.cameo().startsWith("10")
        && e.sourceCode().filter(c -> c.endsWith("EDU")).isPresent());
    var statement = HandParse.sentence(
        "Peru/NNP/LOCATION issued/VBD/issue a/DT statement/NN demanding/VBG/demand that/IN Chile/NNP/LOCATION "
            + "withdraw/VB ./.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) acl(4,5) mark(8,6) nsubj(8,7) ccomp(5,8) punct(2,9)");
    assertThat(triples(bundled, statement)).anyMatch(t -> t.startsWith("10") && t.endsWith("PER CHL"));
  }

  @Test
  void aParticipleBeforeItsNounOnlyDescribesIt() {
    var doc = HandParse.sentence(
        "Peru/NNP/LOCATION snubbed/VBD/snub Chile/NNP/LOCATION 's/POS visiting/VBG/visit envoy/NN ./.",
        "nsubj(2,1) root(0,2) obj(2,3) case(3,4) acl(3,5) obj(5,6) punct(2,7)");
    assertThat(triples(bundled, doc)).noneMatch(t -> t.startsWith("04"));
  }

  @Test
  void aNameIsNoEventNoun() {
    var doc = HandParse.sentence(
        "Peru/NNP/LOCATION backed/VBD/back the/DT Unity/NNP Rally/NNP against/IN Chile/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) det(5,3) compound(5,4) obj(2,5) case(7,6) nmod:against(5,7) punct(2,8)");
    assertThat(triples(bundled, doc)).noneMatch(t -> t.startsWith("14"));
  }

  @Test
  void aMonthIsNoMarch() {
    var doc = HandParse.sentence(
        "Peru/NNP/LOCATION signed/VBD/sign the/DT pact/NN in/IN March/NNP/march/DATE ./.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:in(2,6) punct(2,7)");
    assertThat(triples(bundled, doc)).noneMatch(t -> t.startsWith("14"));
  }

  @Test
  void workersGoingOnStrikeProtestAndCallingItOffYield() {
    var strike = HandParse.sentence(
        "Chilean/JJ/Chilean/MISC miners/NNS/miner went/VBD/go on/IN strike/NN ./.",
        "amod(2,1) nsubj(3,2) root(0,3) case(5,4) obl:on(3,5) punct(3,6)");
    // Nothing else named, the strike is aimed at the strikers' own state.
    assertThat(triples(bundled, strike)).containsExactly("143 CHLLAB CHL");
    var off = HandParse.sentence(
        "Chilean/JJ/Chilean/MISC miners/NNS/miner called/VBD/call off/RP their/PRP$ strike/NN ./.",
        "amod(2,1) nsubj(3,2) root(0,3) compound:prt(3,4) nmod:poss(6,5) obj(3,6) punct(3,7)");
    // Nothing else named, calling it off yields to their own state too.
    assertThat(triples(bundled, off)).containsExactly("082 CHLLAB CHL");
  }

  @Test
  void aStatesRebelsAttackingAPlaceInItAreAnotherSideThanTheState() {
    var doc = HandParse.sentence(
        "Malian/JJ/Malian/MISC rebels/NNS/rebel attacked/VBD/attack the/DT capital/NN of/IN Mali/NNP/LOCATION ./.",
        "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(7,6) nmod:of(5,7) punct(3,8)");
    var rebels = new Actor("a1", "Malian rebels", ActorKind.GROUP, Optional.of("MLI"), Optional.of("REB"),
        Optional.empty(), List.of(new Mention(0, 13, "Malian rebels")));
    assertThat(triples(bundled, doc, rebels)).contains("180 MLIREB MLI");
  }

  @Test
  void whoseDemandsAreMetIsTheTarget() {
    var doc = HandParse.sentence(
        "Peru/NNP/LOCATION met/VBD/meet Bolivia/NNP/LOCATION 's/POS demands/NNS/demand ./.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(2,6)");
    assertThat(triples(bundled, doc)).containsExactly("083 PER BOL");
  }

  @Test
  void aTwoWordEventNounMatchesItsHyphenatedPattern() {
    var doc = HandParse.sentence(
        "Chad/NNP/LOCATION 's/POS teachers/NNS/teacher continued/VBD/continue their/PRP$ hunger/NN strike/NN ./.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) nmod:poss(7,5) compound(7,6) obj(4,7) punct(4,8)");
    assertThat(triples(bundled, doc)).containsExactly("142 TCDEDU TCD");
  }

  @Test
  void aQuantityOrAPartStandsForThePeopleItIsOf() {
    var doc = HandParse.sentence(
        "Thousands/NNS/thousand of/IN Bolivians/NNPS/Bolivian protested/VBD/protest ./.",
        "nsubj(4,1) case(3,2) nmod:of(1,3) root(0,4) punct(4,5)");
    var bolivians = new Actor("a1", "Bolivians", ActorKind.GROUP, Optional.of("BOL"), Optional.empty(),
        Optional.empty(), List.of(new Mention(13, 22, "Bolivians")));
    assertThat(triples(bundled, doc, bolivians)).containsExactly("140 BOL -");
  }

  @Test
  void aProtestsPurposeClauseIsTheSameProtest() {
    var doc = HandParse.sentence(
        "Chad/NNP/LOCATION 's/POS students/NNS/student marched/VBD/march to/TO protest/VB against/IN "
            + "Sudan/NNP/LOCATION ./.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) mark(6,5) advcl:to(4,6) case(8,7) obl:against(6,8) punct(4,9)");
    assertThat(triples(bundled, doc)).containsExactly("141 TCDEDU SDN");
  }

  @Test
  void aWishToCooperateIsAnIntentAndAWishToStrikeAThreat() {
    var help = HandParse.sentence("Chad/NNP/LOCATION wants/VBZ/want to/TO help/VB Niger/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) obj(4,5) punct(2,6)");
    assertThat(triples(bundled, help)).allMatch(t -> t.startsWith("03") && t.endsWith("TCD NER")).isNotEmpty();
    var attack = HandParse.sentence("Chad/NNP/LOCATION wants/VBZ/want to/TO attack/VB Niger/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) obj(4,5) punct(2,6)");
    assertThat(triples(bundled, attack)).containsExactly("138 TCD NER");
    var done = HandParse.sentence("Chad/NNP/LOCATION attacked/VBD/attack Niger/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)");
    assertThat(triples(bundled, done)).noneMatch(t -> t.startsWith("13"));
  }

  @Test
  void aStrikeWithNoTargetIsAnAttackOnlyWhenItsDoerBearsArms() {
    var union = HandParse.sentence(
        "The/DT union/NN 's/POS strike/NN continued/VBD/continue ./.",
        "det(2,1) nmod:poss(4,2) case(2,3) nsubj(5,4) root(0,5) punct(5,6)");
    assertThat(withFoundActors(union)).noneMatch(e -> e.cameo().startsWith("19"));
    var chad = HandParse.on(java.time.LocalDate.of(2024, 5, 2))
        .add("Chad/NNP/LOCATION accused/VBD/accuse Sudan/NNP/LOCATION ./.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .add("The/DT Chadian/JJ/Chadian/MISC army/NN 's/POS strike/NN continued/VBD/continue ./.",
            "det(3,1) amod(3,2) nmod:poss(5,3) case(3,4) nsubj(6,5) root(0,6) punct(6,7)").build();
    assertThat(withFoundActors(chad)).as("an armed side's strike, aimed at the side named before")
        .anyMatch(e -> e.cameo().startsWith("19"));
    var unionAfter = HandParse.on(java.time.LocalDate.of(2024, 5, 2))
        .add("Chad/NNP/LOCATION accused/VBD/accuse Sudan/NNP/LOCATION ./.", "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
        .add("The/DT Chadian/JJ/Chadian/MISC union/NN 's/POS strike/NN continued/VBD/continue ./.",
            "det(3,1) amod(3,2) nmod:poss(5,3) case(3,4) nsubj(6,5) root(0,6) punct(6,7)").build();
    assertThat(withFoundActors(unionAfter)).noneMatch(e -> e.cameo().startsWith("19"));
  }

  @Test
  void supportersOfAFormerLeaderAreOppositionOfHisState() {
    var doc = HandParse.sentence(
        "Supporters/NNS/supporter of/IN Imran/NNP/PERSON Khan/NNP/PERSON blocked/VBD/block roads/NNS/road "
            + "in/IN Lahore/NNP/LOCATION ./.",
        "nsubj(5,1) case(3,2) nmod:of(1,3) flat(3,4) root(0,5) obj(5,6) case(8,7) obl:in(5,8) punct(5,9)");
    assertThat(withFoundActors(doc, city(doc, "Lahore", "PAK"))).extracting(e -> e.cameo() + " "
        + e.sourceCode().orElse("-")).contains("144 PAKOPP");
  }

  @Test
  void eachOfTwoCoordinatedNationalitiesIsASideEvenTaggedAsNouns() {
    var doc = HandParse.sentence(
        "Police/NNS/police in/IN Ghana/NNP/LOCATION detained/VBD/detain Togolese/NNP/Togolese/MISC and/CC "
            + "Beninese/NNP/Beninese/MISC traders/NNS/trader ./.",
        "nsubj(4,1) case(3,2) obl:in(4,3) root(0,4) compound(8,5) cc(7,6) compound(8,7) conj:and(5,7) obj(4,8) punct(4,9)");
    assertThat(withFoundActors(doc)).extracting(e -> e.targetCode().orElse("-"))
        .containsExactlyInAnyOrder("TGOBUS", "BENBUS");
  }

  @Test
  void aMutualActIsCodedForEachSide() {
    var met = HandParse.sentence("Senegal/NNP/LOCATION met/VBD/meet Gambia/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)");
    assertThat(triples(bundled, met)).hasSize(2).allMatch(t -> t.startsWith("04"))
        .anyMatch(t -> t.endsWith("SEN GMB")).anyMatch(t -> t.endsWith("GMB SEN"));
    // One side's act is not mutual: an accusation is coded once.
    var accused = HandParse.sentence("Senegal/NNP/LOCATION accused/VBD/accuse Gambia/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)");
    assertThat(triples(bundled, accused)).singleElement().satisfies(t -> assertThat(t).endsWith("SEN GMB"));
  }

  @Test
  void agreeingToAnActIsCodedAsTheIntentOfThatAct() {
    var doc = HandParse.sentence(
        "Peru/NNP/LOCATION agreed/VBD/agree to/TO lift/VB the/DT sanctions/NNS/sanction on/IN Bolivia/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) mark(4,3) xcomp(2,4) det(6,5) obj(4,6) case(8,7) nmod:on(6,8) punct(2,9)");
    assertThat(triples(bundled, doc)).containsExactly("0354 PER BOL");
  }

  @Test
  void pushingForAnotherToActIsADemandOfIt() {
    var doc = HandParse.sentence(
        "Chile/NNP/LOCATION pushed/VBD/push for/IN Peru/NNP/LOCATION to/TO sign/VB ./.",
        "nsubj(2,1) root(0,2) mark(6,3) nsubj(6,4) mark(6,5) advcl:for(2,6) punct(2,7)");
    assertThat(triples(bundled, doc)).contains("100 CHL PER");
  }

  @Test
  void aPartOfAnActsObjectReachesWhomItsWholeReaches() {
    var doc = HandParse.sentence(
        "Japan/NNP/LOCATION suspended/VBD/suspend part/NN of/IN its/PRP$ aid/NN to/TO Laos/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) nmod:poss(6,5) nmod:of(3,6) case(8,7) nmod:to(6,8) punct(2,9)");
    assertThat(triples(bundled, doc)).containsExactly("162 JPN LAO");
  }

  @Test
  void aRepublicWithItsOwnAdjectiveIsThatStateNotTheOneBefore() {
    var doc = HandParse.sentence(
        "Iran/NNP/LOCATION criticized/VBD/criticize the/DT Azerbaijani/JJ/Azerbaijani/MISC republic/NN ./.",
        "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) punct(2,6)");
    assertThat(triples(bundled, doc)).containsExactly("111 IRN AZE");
  }

  @Test
  void anUltimatumIsAThreat() {
    var doc = HandParse.sentence(
        "Chad/NNP/LOCATION issued/VBD/issue an/DT ultimatum/NN to/TO Sudan/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:to(4,6) punct(2,7)");
    assertThat(triples(bundled, doc)).containsExactly("139 TCD SDN");
  }

  @Test
  void aHostileActAnnouncedOnAConditionIsAThreatMade() {
    var doc = HandParse.sentence(
        "Chad/NNP/LOCATION will/MD boycott/VB the/DT talks/NNS/talk unless/IN Sudan/NNP/LOCATION withdraws/VBZ/withdraw ./.",
        "nsubj(3,1) aux(3,2) root(0,3) det(5,4) obj(3,5) mark(8,6) nsubj(8,7) advcl:unless(3,8) punct(3,9)");
    assertThat(events(bundled, doc)).anyMatch(e -> e.cameo().equals("133") && e.modality().name().equals("ASSERTED"));
    var plain = HandParse.sentence(
        "Chad/NNP/LOCATION will/MD boycott/VB the/DT talks/NNS/talk ./.",
        "nsubj(3,1) aux(3,2) root(0,3) det(5,4) obj(3,5) punct(3,6)");
    assertThat(events(bundled, plain)).noneMatch(e -> e.cameo().startsWith("13"));
  }

  @Test
  void anAnnouncementOfWhatWasDoneReportsItAsDone() {
    var done = HandParse.sentence(
        "Gabon/NNP/LOCATION announced/VBD/announce that/IN it/PRP had/VBD/have expelled/VBN/expel "
            + "the/DT Cameroonian/JJ/Cameroonian/MISC envoy/NN ./.",
        "nsubj(2,1) root(0,2) mark(6,3) nsubj(6,4) aux(6,5) ccomp(2,6) det(9,7) amod(9,8) obj(6,9) punct(2,10)");
    assertThat(withFoundActors(done)).filteredOn(e -> e.cameo().startsWith("166"))
        .extracting(e -> e.modality().name()).containsExactly("ASSERTED");
    var intended = HandParse.sentence(
        "Gabon/NNP/LOCATION announced/VBD/announce that/IN it/PRP would/MD expel/VB "
            + "the/DT Cameroonian/JJ/Cameroonian/MISC envoy/NN ./.",
        "nsubj(2,1) root(0,2) mark(6,3) nsubj(6,4) aux(6,5) ccomp(2,6) det(9,7) amod(9,8) obj(6,9) punct(2,10)");
    assertThat(withFoundActors(intended)).filteredOn(e -> e.cameo().startsWith("166"))
        .extracting(e -> e.modality().name()).containsExactly("PLANNED");
  }

  @Test
  void yieldingToDemandsFromAnotherYieldsToIt() {
    var doc = HandParse.sentence(
        "Peru/NNP/LOCATION yielded/VBD/yield to/TO demands/NNS/demand from/IN Chile/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) case(4,3) obl:to(2,4) case(6,5) nmod:from(4,6) punct(2,7)");
    assertThat(triples(bundled, doc)).containsExactly("080 PER CHL");
    var money = HandParse.sentence(
        "Peru/NNP/LOCATION received/VBD/receive the/DT envoy/NN 's/POS money/NN ./.",
        "nsubj(2,1) root(0,2) det(4,3) nmod:poss(6,4) case(4,5) obj(2,6) punct(2,7)");
    assertThat(triples(bundled, money)).noneMatch(t -> t.startsWith("04"));
  }

  @Test
  void coordinatedNationalitiesAreTwoSidesOfAMeeting() {
    var doc = HandParse.sentence(
        "Kenyan/JJ/Kenyan/MISC and/CC Ugandan/JJ/Ugandan/MISC officials/NNS/official met/VBD/meet ./.",
        "amod(4,1) cc(3,2) conj(1,3) nsubj(5,4) root(0,5) punct(5,6)");
    var actors = new ActorFinder(knowledge).find(doc, Optional.empty());
    var coded = bundled.find(doc, actors, List.of(), List.of(), Optional.empty(), Optional.empty()).events();
    assertThat(coded).anyMatch(e -> e.cameo().startsWith("04")
        && java.util.Set.of(e.sourceCode().orElse(""), e.targetCode().orElse("")).equals(java.util.Set.of("KENGOV", "UGAGOV")));
  }

  @Test
  void aVerbJoinedToTheMainClauseAcrossANearerClauseIsThatClausesConjunct() {
    // The parser joins "destroyed" to "sent", handing it Ghana as subject; "flooded" stands between.
    var misjoined = HandParse.sentence(
        "Ghana/NNP/LOCATION sent/VBD/send aid/NN/aid to/IN Togo/NNP/LOCATION after/IN storms/NNS/storm flooded/VBD/flood "
            + "towns/NNS/town and/CC destroyed/VBD/destroy bridges/NNS/bridge ./.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:to(2,5) case(7,6) obl:after(2,7) acl(7,8) obj(8,9) cc(11,10) "
            + "conj:and(2,11) nsubj(11,1) obj(11,12) punct(2,13)");
    assertThat(triples(bundled, misjoined)).noneMatch(t -> t.matches("1[5-9]\\d* GHA.*"));
    // The same when the parser leaves the nearer verb as a bare dependent of the main one.
    var stranded = HandParse.sentence(
        "Ghana/NNP/LOCATION sent/VBD/send aid/NN/aid to/IN Togo/NNP/LOCATION after/IN storms/NNS/storm flooded/VBD/flood "
            + "towns/NNS/town and/CC destroyed/VBD/destroy bridges/NNS/bridge ./.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:to(2,5) case(7,6) obl:after(2,7) dep(2,8) obj(8,9) cc(11,10) "
            + "conj:and(2,11) nsubj(11,1) obj(11,12) punct(2,13)");
    assertThat(triples(bundled, stranded)).noneMatch(t -> t.matches("1[5-9]\\d* GHA.*"));
    // With no clause between, the conjunct is the main clause's and keeps its subject.
    var joined = HandParse.sentence(
        "Ghana/NNP/LOCATION shelled/VBD/shell Togo/NNP/LOCATION and/CC destroyed/VBD/destroy bridges/NNS/bridge ./.",
        "nsubj(2,1) root(0,2) obj(2,3) cc(5,4) conj:and(2,5) nsubj(5,1) obj(5,6) punct(2,7)");
    assertThat(triples(bundled, joined)).anyMatch(t -> t.matches("1[5-9]\\d* GHA.*"));
  }

  @Test
  void aSentenceLongerThanAnyNewsSentenceIsNotParsed() {
    var words = new StringBuilder("Ghana/NNP/LOCATION attacked/VBD/attack Togo/NNP/LOCATION");
    for (int i = 0; i < ParseBudget.MAX_TOKENS; i++) {
      words.append(" and/CC Benin/NNP/LOCATION");
    }
    var runOn = HandParse.sentence(words + " ./.", "root(0,2)");
    var actors = new ActorFinder(knowledge).find(runOn, Optional.empty());
    assertThat(bundled.sentencesToParse(runOn, actors)).isEmpty();
    var news = HandParse.sentence("Ghana/NNP/LOCATION attacked/VBD/attack Togo/NNP/LOCATION ./.", "nsubj(2,1) root(0,2) obj(2,3)");
    assertThat(bundled.sentencesToParse(news, new ActorFinder(knowledge).find(news, Optional.empty()))).containsExactly(0);
  }

  @Test
  void claimingAnotherDidAHostileActAccusesIt() {
    var hostile = HandParse.sentence(
        "Ghana/NNP/LOCATION claimed/VBD/claim that/IN Togo/NNP/LOCATION attacked/VBD/attack Benin/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) mark(5,3) nsubj(5,4) ccomp(2,5) obj(5,6) punct(2,7)");
    assertThat(triples(bundled, hostile)).contains("112 GHA TGO", "180 TGO BEN");
    var benign = HandParse.sentence(
        "Ghana/NNP/LOCATION claimed/VBD/claim that/IN Togo/NNP/LOCATION grew/VBD/grow ./.",
        "nsubj(2,1) root(0,2) mark(5,3) nsubj(5,4) ccomp(2,5) punct(2,6)");
    assertThat(triples(bundled, benign)).noneMatch(t -> t.startsWith("11"));
  }

  @Test
  void aProtestIsAimedAtTheStateWhereItIsHeld() {
    var doc = HandParse.sentence(
        "Danish/JJ/Danish/MISC activists/NNS/activist protested/VBD/protest in/IN Beijing/NNP/LOCATION ./.",
        "amod(2,1) nsubj(3,2) root(0,3) case(5,4) obl:in(3,5) punct(3,6)");
    var coded = withFoundActors(doc, city(doc, "Beijing", "CHN"));
    assertThat(coded).extracting(e -> e.cameo().substring(0, 2) + " " + e.sourceCode().orElse("-") + " "
        + e.targetCode().orElse("-")).contains("14 DNKOPP CHN");
  }

  @Test
  void anAttackWithoutANamedDoerIsTheSideItsWeaponIsDescribedAs() {
    var doc = HandParse.sentence(
        "Six/CD Somali/JJ/Somali/MISC fishermen/NNS/fisherman were/VBD/be killed/VBN/kill in/IN Kenyan/JJ/Kenyan/MISC "
            + "air/NN strikes/NNS/strike ./.",
        "nummod(3,1) amod(3,2) nsubj:pass(5,3) aux:pass(5,4) root(0,5) case(9,6) amod(9,7) compound(9,8) obl:in(5,9) punct(5,10)");
    var coded = withFoundActors(doc);
    assertThat(coded).anyMatch(e -> e.cameo().startsWith("18") && e.sourceCode().equals(Optional.of("KEN"))
        && e.targetCode().orElse("").startsWith("SOM"));
  }

  @Test
  void anAttackWithoutADoerOrAWeaponsSideIsTheStateWhereItHappened() {
    var doc = HandParse.sentence(
        "Two/CD Chilean/JJ/Chilean/MISC reporters/NNS/reporter were/VBD/be kidnapped/VBN/kidnap in/IN Lima/NNP/LOCATION ./.",
        "nummod(3,1) amod(3,2) nsubj:pass(5,3) aux:pass(5,4) root(0,5) case(7,6) obl:in(5,7) punct(5,8)");
    var coded = withFoundActors(doc, city(doc, "Lima", "PER"));
    assertThat(coded).extracting(e -> e.cameo().substring(0, 2) + " " + e.sourceCode().orElse("-") + " "
        + e.targetCode().orElse("-")).containsExactly("18 PER CHLMED");
    assertThat(coded.get(0).confidence()).isLessThan(0.7);
    // Without the place, nobody can be said to have done it.
    assertThat(withFoundActors(doc)).isEmpty();
  }

  @Test
  void aCrowdOnlyCountedIsTheCiviliansOfWhereItGathered() {
    var doc = HandParse.sentence("Thousands/NNS/thousand marched/VBD/march in/IN Quito/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) case(4,3) obl:in(2,4) punct(2,5)");
    assertThat(withFoundActors(doc, city(doc, "Quito", "ECU"))).extracting(e -> e.cameo().substring(0, 2) + " "
        + e.sourceCode().orElse("-") + " " + e.targetCode().orElse("-")).containsExactly("14 ECUCVL ECU");
    // Thousands of someone are that someone, not a crowd of the place.
    var named = HandParse.sentence(
        "Thousands/NNS/thousand of/IN Peruvians/NNPS/Peruvian marched/VBD/march in/IN Quito/NNP/LOCATION ./.",
        "nsubj(4,1) case(3,2) nmod:of(1,3) root(0,4) case(6,5) obl:in(4,6) punct(4,7)");
    assertThat(withFoundActors(named, city(named, "Quito", "ECU"))).noneMatch(e -> e.sourceCode().equals(Optional.of("ECUCVL")));
  }

  @Test
  void aCurfewWithNoOneNamedFallsOnThePeopleOfThePlaceItCovers() {
    var doc = HandParse.sentence(
        "Zambia/NNP/LOCATION imposed/VBD/impose a/DT curfew/NN in/IN Ndola/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) obl:in(2,6) punct(2,7)");
    assertThat(withFoundActors(doc, city(doc, "Ndola", "ZMB"))).extracting(e -> e.cameo() + " "
        + e.sourceCode().orElse("-") + " " + e.targetCode().orElse("-")).containsExactly("1723 ZMB ZMBCVL");
    // Imposed in a place abroad, it falls on that place's people.
    var abroad = HandParse.sentence(
        "Zambian/JJ/Zambian/MISC troops/NNS/troop imposed/VBD/impose a/DT curfew/NN in/IN Lubumbashi/NNP/LOCATION ./.",
        "amod(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(7,6) obl:in(3,7) punct(3,8)");
    assertThat(withFoundActors(abroad, city(abroad, "Lubumbashi", "COD"))).extracting(e -> e.sourceCode().orElse("-")
        + " " + e.targetCode().orElse("-")).containsExactly("ZMBMIL CODCVL");
  }

  @Test
  void martialLawWithNoPlaceFallsOnTheStatesOwnPeople() {
    var doc = HandParse.sentence(
        "The/DT Malian/JJ/Malian/MISC government/NN declared/VBD/declare martial/JJ law/NN ./.",
        "det(3,1) amod(3,2) nsubj(4,3) root(0,4) amod(6,5) obj(4,6) punct(4,7)");
    assertThat(withFoundActors(doc)).extracting(e -> e.cameo() + " " + e.sourceCode().orElse("-") + " "
        + e.targetCode().orElse("-")).containsExactly("1724 MLIGOV MLICVL");
  }

  @Test
  void aProtestAtAStatesEmbassyIsAimedAtThatState() {
    var doc = HandParse.sentence(
        "Chilean/JJ/Chilean/MISC students/NNS/student protested/VBD/protest outside/IN the/DT "
            + "Bolivian/JJ/Bolivian/MISC embassy/NN in/IN Lima/NNP/LOCATION ./.",
        "amod(2,1) nsubj(3,2) root(0,3) case(7,4) det(7,5) amod(7,6) obl:outside(3,7) case(9,8) nmod:in(7,9) punct(3,10)");
    assertThat(withFoundActors(doc, city(doc, "Lima", "PER"))).extracting(e -> e.sourceCode().orElse("-") + " "
        + e.targetCode().orElse("-")).containsExactly("CHLEDU BOL");
  }

  @Test
  void whoseAssetsAreFrozenIsTheTarget() {
    var doc = HandParse.sentence(
        "Norway/NNP/LOCATION froze/VBD/freeze the/DT assets/NNS/asset of/IN Syria/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:of(4,6) punct(2,7)");
    assertThat(triples(bundled, doc)).containsExactly("163 NOR SYR");
  }

  @Test
  void forceAimedAtAThingIsAimedAtWhoseItIs() {
    var doc = HandParse.sentence(
        "Chadian/JJ/Chadian/MISC troops/NNS/troop shelled/VBD/shell rebel/NN positions/NNS/position ./.",
        "amod(2,1) nsubj(3,2) root(0,3) compound(5,4) obj(3,5) punct(3,6)");
    assertThat(withFoundActors(doc)).extracting(e -> e.sourceCode().orElse("-") + " " + e.targetCode().orElse("-"))
        .containsExactly("TCDMIL TCDREB");
  }

  @Test
  void blameForAnActIsAimedAtWhereItHappenedWhenNoDoerIsNamed() {
    var doc = HandParse.sentence(
        "Ghana/NNP/LOCATION denounced/VBD/denounce the/DT coup/NN in/IN Togo/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:in(4,6) punct(2,7)");
    assertThat(triples(bundled, doc)).anyMatch(t -> t.startsWith("11") && t.endsWith("GHA TGO"));
  }

  @Test
  void theActAnEventIsAboutIsNotASecondActOfItsDoer() {
    var rejected = HandParse.sentence(
        "Ghana/NNP/LOCATION rejected/VBD/reject the/DT sanctions/NNS/sanction on/IN Togo/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:on(4,6) punct(2,7)");
    assertThat(triples(bundled, rejected)).containsExactly("120 GHA TGO");
    var retaliated = HandParse.sentence(
        "Ghana/NNP/LOCATION expelled/VBD/expel Togo/NNP/LOCATION 's/POS envoy/NN in/IN retaliation/NN/retaliation ./.",
        "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) case(7,6) obl:in(2,7) punct(2,8)");
    assertThat(triples(bundled, retaliated)).allMatch(t -> t.startsWith("16"));
  }

  @Test
  void aProtestMadeInWordsIsAComplaintAboutWhomItReports() {
    var spoken = HandParse.sentence(
        "Ghana/NNP/LOCATION protested/VBD/protest that/IN Togo/NNP/LOCATION had/VBD/have closed/VBN/close "
            + "the/DT border/NN ./.",
        "nsubj(2,1) root(0,2) mark(6,3) nsubj(6,4) aux(6,5) ccomp(2,6) det(8,7) obj(6,8) punct(2,9)");
    assertThat(triples(bundled, spoken)).contains("114 GHA TGO").noneMatch(t -> t.startsWith("14"));
    var marched = HandParse.sentence("Ghanaian/JJ/Ghanaian/MISC students/NNS/student protested/VBD/protest ./.",
        "amod(2,1) nsubj(3,2) root(0,3) punct(3,4)");
    assertThat(triples(bundled, marched)).allMatch(t -> t.startsWith("14"));
  }

  @Test
  void handingOverReliefGoodsIsHumanitarianAid() {
    var doc = HandParse.sentence(
        "Norway/NNP/LOCATION handed/VBD/hand over/RP ten/CD tonnes/NNS/tonne of/IN medicine/NN to/TO "
            + "Haiti/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) compound:prt(2,3) nummod(5,4) obj(2,5) case(7,6) nmod:of(5,7) case(9,8) obl:to(2,9) punct(2,10)");
    assertThat(triples(bundled, doc)).containsExactly("073 NOR HTI");
  }

  @Test
  void aGeneralStrikeIsALabourProtestNotAnAttackByAGeneral() {
    var doc = HandParse.sentence(
        "Ghanaian/JJ/Ghanaian/MISC unions/NNS/union began/VBD/begin a/DT general/JJ strike/NN in/IN "
            + "Accra/NNP/LOCATION ./.",
        "amod(2,1) nsubj(3,2) root(0,3) det(6,4) amod(6,5) obj(3,6) case(8,7) obl:in(3,8) punct(3,9)");
    var coded = withFoundActors(doc, city(doc, "Accra", "GHA"));
    assertThat(coded).extracting(e -> e.cameo()).contains("143").noneMatch(c -> c.startsWith("19"));
    assertThat(coded).noneMatch(e -> e.sourceCode().orElse("").endsWith("MIL"));
  }

  @Test
  void whatASideDeniesIsReportedAsNotHavingHappened() {
    var doc = HandParse.sentence(
        "Ghana/NNP/LOCATION denied/VBD/deny that/IN its/PRP$ troops/NNS/troop had/VBD/have attacked/VBN/attack "
            + "Togo/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) mark(7,3) nmod:poss(5,4) nsubj(7,5) aux(7,6) ccomp(2,7) obj(7,8) punct(2,9)");
    assertThat(withFoundActors(doc)).filteredOn(e -> e.cameo().startsWith("18"))
        .extracting(e -> e.modality().json()).containsOnly("negated").isNotEmpty();
  }

  @Test
  void sidesThatPledgeTogetherPledgeToEachOther() {
    var doc = HandParse.sentence(
        "Ghana/NNP/LOCATION and/CC Togo/NNP/LOCATION pledged/VBD/pledge to/TO deepen/VB/deepen "
            + "trade/NN ties/NNS/tie ./.",
        "nsubj(4,1) cc(3,2) conj(1,3) nsubj(4,3) root(0,4) mark(6,5) xcomp(4,6) compound(8,7) obj(6,8) punct(4,9)");
    assertThat(triples(bundled, doc)).anyMatch(t -> t.startsWith("03") && t.endsWith("GHA TGO"));
  }

  @Test
  void aSideThatMeetsTwoOthersMeetsEach() {
    var doc = HandParse.sentence(
        "Ghana/NNP/LOCATION met/VBD/meet Togo/NNP/LOCATION and/CC Benin/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) obj(2,3) cc(5,4) conj(3,5) obj(2,5) punct(2,6)");
    assertThat(triples(bundled, doc)).contains("040 GHA TGO", "040 GHA BEN");
  }

  @Test
  void twoInternationalBodiesAreTwoSidesThoughTheyShareACode() {
    var doc = HandParse.sentence("NATO/NNP/ORGANIZATION praised/VBD/praise UNICEF/NNP/ORGANIZATION ./.",
        "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)");
    var nato = new Actor("a1", "NATO", ActorKind.ORGANIZATION, Optional.empty(), Optional.of("IGO"), Optional.empty(),
        List.of(new Mention(0, 4, "NATO")));
    var unicef = new Actor("a2", "UNICEF", ActorKind.ORGANIZATION, Optional.empty(), Optional.of("IGO"),
        Optional.empty(), List.of(new Mention(13, 19, "UNICEF")));
    assertThat(triples(bundled, doc, nato, unicef)).containsExactly("051 IGO IGO");
  }

  @Test
  void aRoleAdjectiveBeforeAThingNamesWhoseItIs() {
    var doc = HandParse.sentence(
        "Malian/JJ/Malian/MISC troops/NNS/troop shelled/VBD/shell separatist/JJ/separatist positions/NNS/position ./.",
        "amod(2,1) nsubj(3,2) root(0,3) amod(5,4) obj(3,5) punct(3,6)");
    assertThat(withFoundActors(doc)).extracting(e -> e.sourceCode().orElse("-") + " " + e.targetCode().orElse("-"))
        .containsExactly("MLIMIL MLIREB");
  }

  @Test
  void cuttingReliefToAPlaceIsAimedAtItsState() {
    var doc = HandParse.sentence(
        "Norway/NNP/LOCATION cut/VBD/cut food/NN supplies/NNS/supply to/TO camps/NNS/camp in/IN Chad/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) case(6,5) obl:to(2,6) case(8,7) nmod:in(6,8) punct(2,9)");
    assertThat(triples(bundled, doc)).containsExactly("1623 NOR TCD");
  }

  @Test
  void whereTheWeaponWasIsWhereAnUnclaimedAttackHappened() {
    var doc = HandParse.sentence(
        "A/DT bomb/NN near/IN Gao/NNP/LOCATION killed/VBD/kill two/CD Malian/JJ/Malian/MISC soldiers/NNS/soldier ./.",
        "det(2,1) nsubj(5,2) case(4,3) nmod:near(2,4) root(0,5) nummod(8,6) amod(8,7) obj(5,8) punct(5,9)");
    assertThat(withFoundActors(doc, city(doc, "Gao", "MLI"))).extracting(e -> e.cameo().substring(0, 2) + " "
        + e.sourceCode().orElse("-") + " " + e.targetCode().orElse("-")).containsExactly("18 MLI MLIMIL");
  }

  @Test
  void anOfficialOfANamedPlaceIsOfThatPlacesState() {
    var doc = HandParse.sentence(
        "Niger/NNP/LOCATION freed/VBD/free the/DT mayor/NN of/IN the/DT city/NN of/IN Kano/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(7,5) det(7,6) nmod:of(4,7) case(9,8) nmod:of(7,9) punct(2,10)");
    assertThat(triples(bundled, doc)).containsExactly("0841 NER NGAGOV");
  }

  @Test
  void anArrestWarrantIsOneArrest() {
    var doc = HandParse.sentence(
        "Ghana/NNP/LOCATION issued/VBD/issue arrest/NN warrants/NNS/warrant for/IN two/CD Togolese/JJ/Togolese/MISC "
            + "men/NNS/man ./.",
        "nsubj(2,1) root(0,2) compound(4,3) obj(2,4) case(8,5) nummod(8,6) amod(8,7) nmod:for(4,8) punct(2,9)");
    assertThat(withFoundActors(doc)).extracting(e -> e.cameo()).containsExactly("173");
  }

  @Test
  void thoseAnAttackHitsAreOfWhereItHitNotOfTheAttackersState() {
    var doc = HandParse.sentence(
        "Chad/NNP/LOCATION killed/VBD/kill ten/CD civilians/NNS/civilian in/IN Darfur/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) nummod(4,3) obj(2,4) case(6,5) obl:in(2,6) punct(2,7)");
    var coded = bundled.find(doc, List.of(), List.of(), List.of(city(doc, "Darfur", "SDN")), Optional.empty(),
        Optional.empty()).events();
    assertThat(coded).extracting(e -> e.sourceCode().orElse("-") + " " + e.targetCode().orElse("-"))
        .containsExactly("TCD SDNCVL");
  }

  @Test
  void criticismThatASideDrawsIsAimedAtIt() {
    var doc = HandParse.sentence(
        "Ghana/NNP/LOCATION 's/POS decision/NN drew/VBD/draw criticism/NN from/IN Togo/NNP/LOCATION ./.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) obj(4,5) case(7,6) obl:from(4,7) punct(4,8)");
    assertThat(triples(bundled, doc)).anyMatch(t -> t.startsWith("11") && t.endsWith("TGO GHA"));
  }

  @Test
  void everythingARequestAsksForIsPartOfIt() {
    var doc = HandParse.sentence(
        "Ghana/NNP/LOCATION asked/VBD/ask that/IN Togo/NNP/LOCATION free/VB/free the/DT prisoners/NNS/prisoner "
            + "and/CC allow/VB/allow Benin/NNP/LOCATION to/TO help/VB/help ./.",
        "nsubj(2,1) root(0,2) mark(5,3) nsubj(5,4) ccomp(2,5) det(7,6) obj(5,7) cc(9,8) conj(5,9) ccomp(2,9) "
            + "nsubj(9,4) obj(9,10) mark(12,11) xcomp(9,12) punct(2,13)");
    assertThat(triples(bundled, doc)).allMatch(t -> t.startsWith("02")).anyMatch(t -> t.endsWith("GHA TGO"));
  }

  @Test
  void allowingASideToActYieldsToItAndTheActIsNotYetDone() {
    var doc = HandParse.sentence(
        "Ghana/NNP/LOCATION allowed/VBD/allow Togolese/JJ/Togolese/MISC opposition/NN leaders/NNS/leader to/TO "
            + "hold/VB/hold rallies/NNS/rally ./.",
        "nsubj(2,1) root(0,2) amod(5,3) compound(5,4) obj(2,5) mark(7,6) xcomp(2,7) nsubj:xsubj(7,5) obj(7,8) punct(2,9)");
    var coded = withFoundActors(doc);
    assertThat(coded).anyMatch(e -> e.cameo().equals("080") && e.sourceCode().equals(Optional.of("GHA")));
    assertThat(coded).filteredOn(e -> e.cameo().startsWith("14")).extracting(e -> e.modality().json())
        .doesNotContain("asserted");
  }

  @Test
  void anInquiryIntoActsInAPlaceIsAboutThatPlacesState() {
    var doc = HandParse.sentence(
        "Norway/NNP/LOCATION opened/VBD/open an/DT inquiry/NN into/IN abuses/NNS/abuse in/IN Chad/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:into(4,6) case(8,7) nmod:in(6,8) punct(2,9)");
    assertThat(triples(bundled, doc)).anyMatch(t -> t.startsWith("09") && t.endsWith("NOR TCD"));
  }

  @Test
  void aThreatInAThatClauseIsAboutTheSpeakersOwnAct() {
    var threat = HandParse.sentence(
        "Ghana/NNP/LOCATION threatened/VBD/threaten that/IN it/PRP would/MD expel/VB/expel the/DT "
            + "Togolese/JJ/Togolese/MISC envoy/NN ./.",
        "nsubj(2,1) root(0,2) mark(6,3) nsubj(6,4) aux(6,5) ccomp(2,6) det(9,7) amod(9,8) obj(6,9) punct(2,10)");
    assertThat(triples(bundled, threat)).containsExactly("131 GHA TGOGOV");
    var forecast = HandParse.sentence(
        "Ghana/NNP/LOCATION warned/VBD/warn that/IN prices/NNS/price would/MD rise/VB/rise ./.",
        "nsubj(2,1) root(0,2) mark(6,3) nsubj(6,4) aux(6,5) ccomp(2,6) punct(2,7)");
    assertThat(triples(bundled, forecast)).isEmpty();
  }

  @Test
  void aRefusalOfNothingNamedIsNoEvent() {
    var doc = HandParse.sentence("Ghana/NNP/LOCATION refused/VBD/refuse ./.", "nsubj(2,1) root(0,2) punct(2,3)");
    assertThat(triples(bundled, doc)).isEmpty();
  }

  @Test
  void aDemandForAnAssuranceAsksWhomItsClauseNames() {
    var doc = HandParse.sentence(
        "Ghana/NNP/LOCATION demanded/VBD/demand an/DT assurance/NN that/IN Togo/NNP/LOCATION would/MD "
            + "reopen/VB/reopen the/DT border/NN ./.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(8,5) nsubj(8,6) aux(8,7) ccomp(4,8) det(10,9) obj(8,10) punct(2,11)");
    assertThat(triples(bundled, doc)).containsExactly("100 GHA TGO");
  }

  @Test
  void forceIsAimedAtWhomItsPurposeClauseNames() {
    var doc = HandParse.sentence(
        "Ghanaian/JJ/Ghanaian/MISC police/NNS/police used/VBD/use tear/NN gas/NN to/TO disperse/VB/disperse "
            + "opposition/NN supporters/NNS/supporter ./.",
        "amod(2,1) nsubj(3,2) root(0,3) compound(5,4) obj(3,5) mark(7,6) advcl:to(3,7) compound(9,8) obj(7,9) punct(3,10)");
    // The supporters are the target; their country is the actor stage's to find (none is named here).
    assertThat(withFoundActors(doc)).anyMatch(e -> e.cameo().equals("175") && e.sourceCode().equals(Optional.of("GHACOP"))
        && e.targetCode().orElse("").endsWith("OPP"));
  }

  @Test
  void whereTwoSidesAgreeIsNoSideOfTheirs() {
    var doc = HandParse.sentence(
        "Ghana/NNP/LOCATION agreed/VBD/agree to/IN a/DT ceasefire/NN in/IN Lome/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) case(5,3) det(5,4) obl:to(2,5) case(7,6) nmod:in(5,7) punct(2,8)");
    var coded = bundled.find(doc, List.of(), List.of(), List.of(city(doc, "Lome", "TGO")), Optional.empty(),
        Optional.empty()).events();
    assertThat(coded).noneMatch(e -> e.targetCode().equals(Optional.of("TGO")));
  }

  @Test
  void aRoleWordBeforeAWordForAGroupSaysWhoseSideTheGroupIsOnAndWhereSaysItsCountry() {
    var doc = HandParse.sentence(
        "Opposition/NN groups/NNS/group in/IN Togo/NNP/LOCATION attacked/VBD/attack Ghana/NNP/LOCATION ./.",
        "compound(2,1) nsubj(5,2) case(4,3) nmod:in(2,4) root(0,5) obj(5,6) punct(5,7)");
    assertThat(triples(bundled, doc)).anyMatch(t -> t.startsWith("18") && t.endsWith("TGOOPP GHA"));
  }

  @Test
  void peacekeepersWhoArriveComeToProtectAndTroopsWhoArriveAreNoVisit() {
    var peacekeepers = HandParse.sentence(
        "Nepalese/JJ peacekeepers/NNS/peacekeeper arrived/VBD/arrive in/IN Lebanon/NNP/LOCATION ./.",
        "amod(2,1) nsubj(3,2) root(0,3) case(5,4) obl:in(3,5) punct(3,6)");
    assertThat(triples(bundled, peacekeepers)).containsExactly("074 NPL LBN");
    var troops = HandParse.sentence(
        "Nepalese/JJ troops/NNS/troop arrived/VBD/arrive in/IN Lebanon/NNP/LOCATION ./.",
        "amod(2,1) nsubj(3,2) root(0,3) case(5,4) obl:in(3,5) punct(3,6)");
    assertThat(triples(bundled, troops)).noneMatch(t -> t.startsWith("04"));
    var envoy = HandParse.sentence(
        "Nepalese/JJ envoys/NNS/envoy arrived/VBD/arrive in/IN Lebanon/NNP/LOCATION ./.",
        "amod(2,1) nsubj(3,2) root(0,3) case(5,4) obl:in(3,5) punct(3,6)");
    assertThat(triples(bundled, envoy)).anyMatch(t -> t.startsWith("042 NPL") && t.endsWith("LBN"));
  }

  @Test
  void aConvertedPatternsSubjectWordIsAKindOfDoerNotAWordInAName() {
    var union = HandParse.sentence(
        "Chile/NNP/LOCATION 's/POS union/NN rejected/VBD/reject the/DT government/NN 's/POS call/NN ./.",
        "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(6,5) nmod:poss(8,6) case(6,7) obj(4,8) punct(4,9)");
    assertThat(triples(bundled, union)).anyMatch(t -> t.startsWith("133"));
    var named = HandParse.sentence(
        "The/DT Andean/NNP/ORGANIZATION Union/NNP/ORGANIZATION rejected/VBD/reject the/DT government/NN 's/POS call/NN ./.",
        "det(3,1) compound(3,2) nsubj(4,3) root(0,4) det(6,5) nmod:poss(8,6) case(6,7) obj(4,8) punct(4,9)");
    var body = organization(named, "Andean Union", "Andean Union", "IGO");
    assertThat(triples(bundled, named, body)).isNotEmpty().noneMatch(t -> t.startsWith("133"));
  }

  @Test
  void whoeverGathersForARallyHoldsIt() {
    var doc = HandParse.sentence(
        "Thousands/NNS/thousand of/IN Kenyans/NNPS/Kenyan gathered/VBD/gather for/IN a/DT rally/NN ./.",
        "nsubj(4,1) case(3,2) nmod:of(1,3) root(0,4) case(7,5) det(7,6) obl:for(4,7) punct(4,8)");
    assertThat(withFoundActors(doc)).anyMatch(e -> e.cameo().startsWith("14")
        && e.sourceCode().orElse("").startsWith("KEN"));
  }

  @Test
  void aStatesNameTakesNoPersonInApposition() {
    var doc = HandParse.sentence(
        "Nepalese/JJ envoys/NNS/envoy arrived/VBD/arrive in/IN Chad/NNP/LOCATION ,/, Minister/NNP Ana/NNP/PERSON "
            + "Ruiz/NNP/PERSON said/VBD/say ./.",
        "amod(2,1) nsubj(3,2) root(0,3) case(5,4) obl:in(3,5) punct(5,6) compound(9,7) compound(9,8) appos(5,9) "
            + "dep(3,10) punct(3,11)");
    int start = doc.text().indexOf("Minister");
    var ruiz = new Actor("a1", "Ana Ruiz", ActorKind.PERSON, Optional.of("PER"), Optional.of("GOV"), Optional.empty(),
        List.of(new Mention(start, doc.text().indexOf(" said"), "Minister Ana Ruiz")));
    assertThat(triples(bundled, doc, ruiz)).containsExactly("042 NPLGOV TCD");
  }

  @Test
  void someonesFamilyIsNotThatSomeone() {
    String edges = "nmod:poss(3,1) case(1,2) nsubj(4,3) root(0,4) det(7,5) amod(7,6) obj(4,7) punct(4,8)";
    var wife = HandParse.sentence(
        "Okafor/NNP/PERSON 's/POS wife/NN accused/VBD/accuse the/DT Nigerian/JJ/Nigerian/MISC police/NN ./.", edges);
    var okafor = new Actor("a1", "Okafor", ActorKind.PERSON, Optional.of("NGA"), Optional.of("LEG"), Optional.empty(),
        List.of(new Mention(0, 6, "Okafor")));
    assertThat(triples(bundled, wife, okafor)).noneMatch(t -> t.contains("NGALEG"));
    var party = HandParse.sentence(
        "Okafor/NNP/PERSON 's/POS party/NN accused/VBD/accuse the/DT Nigerian/JJ/Nigerian/MISC police/NN ./.", edges);
    assertThat(triples(bundled, party, okafor)).isNotEmpty();
  }

  @Test
  void anUnlinkedPronounReportedBySidesItAgreesWithIsThoseSides() {
    var both = HandParse.sentence(
        "Chile/NNP/LOCATION and/CC Peru/NNP/LOCATION said/VBD/say they/PRP would/MD attack/VB Bolivia/NNP/LOCATION ./.",
        "nsubj(4,1) cc(3,2) conj(1,3) root(0,4) nsubj(7,5) aux(7,6) ccomp(4,7) obj(7,8) punct(4,9)");
    assertThat(triples(bundled, both)).contains("180 CHL BOL", "180 PER BOL");
    var person = HandParse.sentence(
        "Ruiz/NNP/PERSON said/VBD/say it/PRP would/MD attack/VB Bolivia/NNP/LOCATION ./.",
        "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) obj(5,6) punct(2,7)");
    var ruiz = new Actor("a1", "Ruiz", ActorKind.PERSON, Optional.of("CHL"), Optional.of("GOV"), Optional.empty(),
        List.of(new Mention(0, 4, "Ruiz")));
    assertThat(triples(bundled, person, ruiz)).noneMatch(t -> t.startsWith("18"));
  }

  @Test
  void aLeaderOfAGroupThatIsNoSideIsNoOfficial() {
    String edges = "det(3,1) compound(3,2) nsubj(4,3) root(0,4) det(7,5) amod(7,6) obj(4,7) punct(4,8)";
    var band = HandParse.sentence(
        "The/DT choir/NN leader/NN praised/VBD/praise the/DT Ghanaian/JJ/Ghanaian/MISC army/NN ./.", edges);
    assertThat(triples(bundled, band)).noneMatch(t -> t.contains("GOV"));
    var party = HandParse.sentence(
        "The/DT party/NN leader/NN praised/VBD/praise the/DT Ghanaian/JJ/Ghanaian/MISC army/NN ./.", edges);
    assertThat(triples(bundled, party)).anyMatch(t -> t.startsWith("05"));
  }

  @Test
  void anAttackOnAPersonWithNoAttackerNamedInfersNone() {
    var doc = HandParse.sentence(
        "The/DT ad/NN mocked/VBD/mock an/DT attack/NN on/IN Ruiz/NNP/PERSON in/IN Lima/NNP/LOCATION ./.",
        "det(2,1) nsubj(3,2) root(0,3) det(5,4) obj(3,5) case(7,6) nmod:on(5,7) case(9,8) nmod:in(5,9) punct(3,10)");
    int start = doc.text().indexOf("Ruiz");
    var ruiz = new Actor("a1", "Ruiz", ActorKind.PERSON, Optional.of("PER"), Optional.of("LEG"), Optional.empty(),
        List.of(new Mention(start, start + 4, "Ruiz")));
    var events = bundled.find(doc, List.of(ruiz), List.of(), List.of(city(doc, "Lima", "PER")), Optional.empty(),
        Optional.empty()).events();
    assertThat(events).noneMatch(e -> e.cameo().startsWith("19"));
  }

  @Test
  void aRequiredPhrasesStateAdjectiveIsTheTargetWhenTheSlotsAreEmpty() {
    var doc = HandParse.sentence(
        "Ghana/NNP/LOCATION rejected/VBD/reject a/DT Togolese/JJ/Togolese/MISC request/NN ./.",
        "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) punct(2,6)");
    assertThat(triples(bundled, doc)).anyMatch(t -> t.startsWith("12") && t.endsWith("GHA TGO"));
  }

  @Test
  void aProtestIsAimedAtWhomItDefiesOrWhosePoliciesItsPurposeNames() {
    var defiance = HandParse.sentence(
        "Bolivian/JJ/Bolivian/MISC students/NNS/student marched/VBD/march in/IN defiance/NN of/IN "
            + "Chilean/JJ/Chilean/MISC authorities/NNS/authority ./.",
        "amod(2,1) nsubj(3,2) root(0,3) case(5,4) obl:in(3,5) case(8,6) amod(8,7) nmod:of(5,8) punct(3,9)");
    assertThat(triples(bundled, defiance)).anyMatch(t -> t.startsWith("14") && t.endsWith("BOLEDU CHLGOV"));
    var purpose = HandParse.sentence(
        "Bolivian/JJ/Bolivian/MISC farmers/NNS/farmer blocked/VBD/block roads/NNS/road to/TO show/VB/show "
            + "anger/NN at/IN Peru/NNP/LOCATION 's/POS policies/NNS/policy ./.",
        "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) mark(6,5) advcl:to(3,6) obj(6,7) case(11,8) nmod:poss(11,9) "
            + "case(9,10) nmod:at(7,11) punct(3,12)");
    assertThat(triples(bundled, purpose)).anyMatch(t -> t.startsWith("14") && t.endsWith(" PER"));
    var patrols = HandParse.sentence(
        "Bolivian/JJ/Bolivian/MISC farmers/NNS/farmer marched/VBD/march to/TO demand/VB/demand more/JJR "
            + "police/NN patrols/NNS/patrol ./.",
        "amod(2,1) nsubj(3,2) root(0,3) mark(5,4) advcl:to(3,5) amod(8,6) compound(8,7) obj(5,8) punct(3,9)");
    assertThat(triples(bundled, patrols)).noneMatch(t -> t.startsWith("14") && t.endsWith("COP"));
  }

  @Test
  void aRoleOfTwoStatesIsThatRoleOfEachAndTheyMeetEachOther() {
    var doc = HandParse.sentence(
        "Trade/NN ministers/NNS/minister of/IN Chile/NNP/LOCATION and/CC Peru/NNP/LOCATION met/VBD/meet "
            + "in/IN Quito/NNP/LOCATION ./.",
        "compound(2,1) nsubj(7,2) case(4,3) nmod:of(2,4) cc(6,5) conj:and(4,6) root(0,7) case(9,8) obl:in(7,9) punct(7,10)");
    assertThat(triples(bundled, doc)).anyMatch(t -> t.startsWith("04")
        && (t.endsWith("CHLGOV PERGOV") || t.endsWith("PERGOV CHLGOV")));
  }

  @Test
  void harmAfterACommaIsTheForcefulActsAndPartOfItsEventWhenThatIsAnAttack() {
    // The parser hangs the participle on the verb ...
    var shelled = HandParse.sentence(
        "Burundian/JJ/Burundian/MISC rebels/NNS/rebel shelled/VBD/shell Uvira/NNP/LOCATION ,/, killing/VBG/kill "
            + "six/CD civilians/NNS/civilian ./.",
        "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(3,5) dep(3,6) nummod(8,7) obj(6,8) punct(3,9)");
    var codes = triples(bundled, shelled);
    assertThat(codes).anyMatch(t -> t.startsWith("19") && t.contains("BDIREB"));
    assertThat(codes).noneMatch(t -> t.startsWith("18"));
    // ... or on its object, as if the village killed; a raid is no attack, so the killing is one.
    var raided = HandParse.sentence(
        "Gunmen/NNS/gunman raided/VBD/raid a/DT village/NN near/IN Kano/NNP/LOCATION ,/, killing/VBG/kill "
            + "twelve/CD farmers/NNS/farmer ./.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:near(4,6) punct(4,7) acl(4,8) nummod(10,9) "
            + "obj(8,10) punct(2,11)");
    assertThat(triples(bundled, raided)).anyMatch(t -> t.startsWith("18") && t.endsWith("REB NGAAGR"));
    // After an act that is no force, the participle is no harm that act did; it is still the act of
    // the clause's subject, as any participle after a comma is.
    var cheered = HandParse.sentence(
        "Bolivian/JJ/Bolivian/MISC fans/NNS/fan cheered/VBD/cheer ,/, attacking/VBG/attack Peruvian/JJ/Peruvian/MISC "
            + "police/NN ./.",
        "amod(2,1) nsubj(3,2) root(0,3) punct(3,4) dep(3,5) amod(7,6) obj(5,7) punct(3,8)");
    assertThat(triples(bundled, cheered)).filteredOn(t -> t.startsWith("18")).containsExactly("180 BOL PERCOP");
  }
}
