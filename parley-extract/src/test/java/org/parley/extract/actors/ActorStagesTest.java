package org.parley.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.core.record.ActorKind;
import org.parley.core.record.Mention;
import org.parley.core.text.ParsedDocument;
import org.parley.extract.dictionary.Knowledge;
import org.parley.extract.testing.HandParse;
import org.parley.extract.testing.Tagged;

/**
 * Each actor stage on its own, on hand-tagged sentences: what recognition alone finds, what linking
 * adds, what attribute resolution fills in, and which pronouns join which actor.
 */
class ActorStagesTest {
  private static Knowledge knowledge;

  private static ActorStage recognition;
  private static ActorStage names;
  private static ActorStage attributes;
  private static ActorStage pronouns;
  private static ActorStage titles;
  private static ActorStage bodies;
  private static ActorStage descriptions;

  @BeforeAll
  static void load() {
    knowledge = Knowledge.load(Optional.empty());
    recognition = drafts -> new MentionRecognizer(knowledge, drafts);
    names = drafts -> new NameLinker(knowledge, drafts);
    attributes = drafts -> new AttributeResolver(knowledge, drafts);
    pronouns = drafts -> new PronounLinker(new Genders(knowledge), drafts);
    titles = TitleLinker::new;
    bodies = BodyLinker::new;
    descriptions = DescriptionLinker::new;
  }

  private static ActorDrafts run(ParsedDocument doc, Optional<String> mainCountry, ActorStage... stages) {
    var drafts = new ActorDrafts(doc, mainCountry);
    for (ActorStage stage : stages) {
      stage.on(drafts).run();
    }
    return drafts;
  }

  private static Draft draft(ActorDrafts drafts, String name) {
    return drafts.drafts.stream().filter(d -> d.name.equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no draft " + name + " in " + drafts.drafts.stream().map(d -> d.name).toList()));
  }

  private static List<String> mentionsOf(Draft d) {
    return d.mentions.stream().map(Mention::text).toList();
  }

  @Test
  void recognitionKeepsWhatTheWordsSayAndLeavesContextToLaterStages() {
    var doc = HandParse.sentence("Protesters/NNS/protester marched/VBD/march in/IN Accra/NNP/LOCATION ./.", "");
    var recognised = run(doc, Optional.of("TGO"), recognition);
    assertThat(draft(recognised, "Protesters").country).isEmpty();
    var resolved = run(doc, Optional.of("TGO"), recognition, attributes);
    assertThat(draft(resolved, "Protesters").country).contains("GHA");
    assertThat(draft(resolved, "Protesters").countryRule).contains("place");
  }

  @Test
  void recognitionReadsATitleAndANationalityOffTheMentionItself() {
    var doc = HandParse.sentence("Nepalese/JJ/Nepalese/MISC Foreign/NNP Minister/NNP Hari/NNP/PERSON Thapa/NNP/PERSON "
        + "arrived/VBD/arrive ./.", "");
    var thapa = draft(run(doc, Optional.empty(), recognition), "Hari Thapa");
    assertThat(thapa.country).contains("NPL");
    assertThat(thapa.sector).contains("GOV");
    assertThat(thapa.countryRule).contains("title");
  }

  @Test
  void linkingJoinsASurnameAloneToThePersonNamedEarlier() {
    var doc = HandParse.on(java.time.LocalDate.of(2024, 5, 2))
        .add("Senator/NNP Maria/NNP/PERSON Okafor/NNP/PERSON spoke/VBD/speak ./.", "")
        .add("Okafor/NNP left/VBD/leave ./.", "")
        .build();
    var before = run(doc, Optional.empty(), recognition);
    assertThat(mentionsOf(draft(before, "Maria Okafor"))).doesNotContain("Okafor");
    var after = run(doc, Optional.empty(), recognition, names);
    assertThat(mentionsOf(draft(after, "Maria Okafor"))).contains("Okafor");
  }

  @Test
  void theUnionOrTheMilitiaIsTheBodyOfThatKindNamedLast() {
    var doc = HandParse.on(java.time.LocalDate.of(2024, 5, 2))
        .add("The/DT Ghana/NNP/ORGANIZATION Union/NNP/ORGANIZATION of/IN/of/ORGANIZATION Nurses/NNP/ORGANIZATION "
            + "met/VBD/meet the/DT Wagner/NNP/ORGANIZATION Group/NNP/ORGANIZATION ./.", "")
        .add("The/DT union/NN said/VBD/say the/DT militia/NN left/VBD/leave ./.", "")
        .build();
    var unlinked = run(doc, Optional.of("GHA"), recognition, names, attributes);
    assertThat(unlinked.drafts).extracting(d -> d.name).contains("union", "militia");
    var linked = run(doc, Optional.of("GHA"), recognition, names, attributes, bodies);
    assertThat(mentionsOf(draft(linked, "Ghana Union of Nurses"))).contains("The union");
    assertThat(mentionsOf(draft(linked, "Wagner Group"))).contains("the militia");
    assertThat(linked.drafts).extracting(d -> d.name).doesNotContain("union", "militia");
  }

  @Test
  void theJuntaIsTheJuntaWhoseStateWasNamedBeforeNotOneOfTheStorysMainCountry() {
    var doc = HandParse.on(java.time.LocalDate.of(2024, 5, 2))
        .add("Guinea/NNP/LOCATION 's/POS military/JJ junta/NN freed/VBD/free Senegalese/JJ/Senegalese/MISC "
            + "traders/NNS/trader ./.", "")
        .add("Dakar/NNP/LOCATION thanked/VBD/thank the/DT junta/NN ./.", "")
        .build();
    var unlinked = run(doc, Optional.of("SEN"), recognition, names, attributes);
    assertThat(draft(unlinked, "junta").country).contains("SEN");
    var linked = run(doc, Optional.of("SEN"), recognition, names, attributes, titles, bodies, descriptions);
    assertThat(linked.drafts).extracting(d -> d.name).doesNotContain("junta");
    var guinean = linked.drafts.stream().filter(d -> mentionsOf(d).contains("the junta")).findFirst().orElseThrow();
    assertThat(guinean.country).contains("GIN");
  }

  @Test
  void theMinistryOfAnotherSectorOrAStatelessGroupIsNoAntecedent() {
    var doc = HandParse.on(java.time.LocalDate.of(2024, 5, 2))
        .add("Foreign/JJ/foreign governments/NNS/government criticised/VBD/criticise Guinea/NNP/LOCATION ./.", "")
        .add("The/DT government/NN replied/VBD/reply ./.", "")
        .build();
    var drafts = run(doc, Optional.of("GIN"), recognition, names, attributes, titles, bodies, descriptions);
    assertThat(draft(drafts, "government").country).contains("GIN");
  }

  @Test
  void theGroupIsTheNonStateBodyNamedBeforeOrNoActorAtAll() {
    var linked = HandParse.on(java.time.LocalDate.of(2024, 5, 2))
        .add("Amnesty/NNP/ORGANIZATION International/NNP/ORGANIZATION criticised/VBD/criticise Chad/NNP/LOCATION ./.", "")
        .add("The/DT group/NN said/VBD/say more/JJR ./.", "")
        .build();
    var drafts = run(linked, Optional.empty(), recognition, names, attributes, titles, bodies);
    assertThat(mentionsOf(draft(drafts, "Amnesty International"))).contains("The group");
    var alone = HandParse.on(java.time.LocalDate.of(2024, 5, 2))
        .add("Chad/NNP/LOCATION protested/VBD/protest ./.", "")
        .add("The/DT group/NN said/VBD/say more/JJR ./.", "")
        .build();
    assertThat(run(alone, Optional.empty(), recognition, names, attributes, titles, bodies).drafts)
        .extracting(d -> d.name).doesNotContain("group");
  }

  @Test
  void thePartyIsNoUnionNorABodyTheDictionaryDoesNotKnowAsAParty() {
    var doc = HandParse.on(java.time.LocalDate.of(2024, 5, 2))
        .add("The/DT Ghana/NNP/ORGANIZATION Union/NNP/ORGANIZATION of/IN/of/ORGANIZATION Nurses/NNP/ORGANIZATION "
            + "spoke/VBD/speak ./.", "")
        .add("The/DT party/NN said/VBD/say nothing/NN ./.", "")
        .build();
    var drafts = run(doc, Optional.of("GHA"), recognition, names, attributes, bodies);
    assertThat(mentionsOf(draft(drafts, "Ghana Union of Nurses"))).doesNotContain("The party");
  }

  @Test
  void itsFightersAndItsLeadersAreOfTheBodyNamedBefore() {
    var doc = HandParse.on(java.time.LocalDate.of(2024, 5, 2))
        .add("The/DT Wagner/NNP/ORGANIZATION Group/NNP/ORGANIZATION left/VBD/leave Bamako/NNP/LOCATION ./.", "")
        .add("Its/PRP$ fighters/NNS/fighter and/CC its/PRP$ leaders/NNS/leader flew/VBD/fly home/RB ./.", "")
        .build();
    var drafts = run(doc, Optional.of("MLI"), recognition);
    assertThat(draft(drafts, "fighters").country).contains("RUS");
    assertThat(draft(drafts, "fighters").sector).contains("UAF");
    // Its leaders lead an armed body, not a state.
    assertThat(draft(drafts, "leaders").country).contains("RUS");
    assertThat(draft(drafts, "leaders").sector).contains("UAF");
  }

  @Test
  void heAndSheSkipAPersonOfTheOtherGender() {
    var heFirst = HandParse.on(java.time.LocalDate.of(2024, 5, 2))
        .add("Senator/NNP Grace/NNP/PERSON Mwangi/NNP/PERSON met/VBD/meet Governor/NNP Peter/NNP/PERSON Otieno/NNP/PERSON ./.", "")
        .add("He/PRP said/VBD/say the/DT talks/NNS went/VBD/go well/RB ./.", "")
        .build();
    var drafts = run(heFirst, Optional.empty(), recognition, names, pronouns);
    assertThat(mentionsOf(draft(drafts, "Peter Otieno"))).contains("He");
    assertThat(mentionsOf(draft(drafts, "Grace Mwangi"))).doesNotContain("He");

    var sheFirst = HandParse.on(java.time.LocalDate.of(2024, 5, 2))
        .add("Governor/NNP Peter/NNP/PERSON Otieno/NNP/PERSON met/VBD/meet Senator/NNP Grace/NNP/PERSON Mwangi/NNP/PERSON ./.", "")
        .add("She/PRP said/VBD/say the/DT talks/NNS went/VBD/go well/RB ./.", "")
        .build();
    assertThat(mentionsOf(draft(run(sheFirst, Optional.empty(), recognition, names, pronouns), "Grace Mwangi")))
        .contains("She");
  }

  @Test
  void aTitleOrAGenderedNounMarksGenderWhereTheNameDoesNot() {
    var genders = new Genders(knowledge);
    assertThat(genders.of("Ngaire Tapsell", Optional.empty(), List.of("Ms. Tapsell"))).contains(Genders.Gender.FEMALE);
    assertThat(genders.of("Kofi Asante", Optional.of("congressman"), List.of())).contains(Genders.Gender.MALE);
    assertThat(genders.of("Ngaire Tapsell", Optional.empty(), List.of("Ngaire Tapsell"))).isEmpty();
    assertThat(genders.of("Hannah Berg", Optional.empty(), List.of("Hannah Berg"))).contains(Genders.Gender.FEMALE);
  }

  @Test
  void itStandsForTheStateThatSaidItAndTheyForTheGroup() {
    var doc = HandParse.sentence("Chad/NNP/LOCATION said/VBD/say it/PRP would/MD close/VB the/DT border/NN ./.", "");
    var drafts = run(doc, Optional.empty(), recognition, pronouns);
    // "Chad said" is only a state acting if recognition sees a verb after it, which it does here.
    assertThat(mentionsOf(draft(drafts, "Chad"))).containsExactly("Chad", "it");

    var rebels = HandParse.sentence("The/DT rebels/NNS/rebel said/VBD/say they/PRP would/MD fight/VB ./.", "");
    var groups = run(rebels, Optional.of("TCD"), recognition, pronouns);
    assertThat(mentionsOf(draft(groups, "rebels"))).contains("they");

    var army = HandParse.sentence("The/DT Chadian/JJ/Chadian/MISC army/NN said/VBD/say it/PRP had/VBD/have "
        + "won/VBN/win ./.", "");
    assertThat(mentionsOf(draft(run(army, Optional.empty(), recognition, pronouns), "Chadian army")))
        .contains("it");
    var troops = HandParse.sentence("Chadian/JJ/Chadian/MISC troops/NNS/troop said/VBD/say it/PRP was/VBD/be "
        + "over/RB ./.", "");
    assertThat(mentionsOf(draft(run(troops, Optional.empty(), recognition, pronouns), "Chadian troops")))
        .doesNotContain("it");
  }

  @Test
  void itStandsForTheWholeSubjectNotTheStateThatOwnsIt() {
    var doc = HandParse.sentence("Ghana/NNP/LOCATION 's/POS main/JJ opposition/NN party/NN said/VBD/say it/PRP "
        + "would/MD boycott/VB the/DT vote/NN ./.", "");
    var drafts = run(doc, Optional.empty(), recognition, pronouns);
    assertThat(drafts.drafts).filteredOn(d -> mentionsOf(d).contains("it"))
        .singleElement().satisfies(d -> assertThat(d.name).contains("party"));
  }

  @Test
  void anObjectPronounIsNotItsOwnSentencesSubject() {
    var doc = HandParse.on(java.time.LocalDate.of(2024, 5, 2))
        .add("Nurses/NNS/nurse marched/VBD/march in/IN Accra/NNP/LOCATION ./.", "")
        .add("Soldiers/NNS/soldier fired/VBD/fire shots/NNS/shot to/TO scatter/VB them/PRP ./.", "")
        .build();
    var drafts = run(doc, Optional.empty(), recognition, pronouns);
    assertThat(mentionsOf(draft(drafts, "Nurses"))).contains("them");
    assertThat(mentionsOf(draft(drafts, "Soldiers"))).doesNotContain("them");
  }

  @Test
  void pronounsKeepTheirGenderAndNumber() {
    var doc = HandParse.sentence("Chad/NNP/LOCATION 's/POS envoy/NN Ali/NNP/PERSON Saleh/NNP/PERSON said/VBD/say "
        + "he/PRP would/MD go/VB ./.", "");
    var drafts = run(doc, Optional.empty(), recognition, pronouns);
    assertThat(mentionsOf(draft(drafts, "Ali Saleh"))).contains("he");
    assertThat(drafts.drafts.stream().filter(d -> d.kind == ActorKind.COUNTRY).flatMap(d -> d.mentions.stream())
        .map(Mention::text)).doesNotContain("he");

    var far = HandParse.on(java.time.LocalDate.of(2024, 5, 2))
        .add("Chad/NNP/LOCATION protested/VBD/protest ./.", "")
        .add("Talks/NNS/talk stalled/VBD/stall ./.", "")
        .add("It/PRP was/VBD/be late/JJ ./.", "")
        .build();
    var unlinked = run(far, Optional.empty(), recognition, pronouns);
    assertThat(mentionsOf(draft(unlinked, "Chad"))).containsExactly("Chad");
  }

  @Test
  void aParticipleThatIsTheClausesVerbIsNoPartOfTheNameAfterIt() {
    var doc = HandParse.sentence("Chad/NNP/LOCATION accused/VBD/accuse Sudan/NNP/LOCATION of/IN arming/VBG/arm "
        + "rebels/NNS/rebel ./.", "");
    var drafts = run(doc, Optional.empty(), recognition);
    assertThat(drafts.drafts).anyMatch(d -> d.name.equals("rebels"));
    assertThat(drafts.drafts).noneMatch(d -> d.name.contains("arming"));
    var perfect = HandParse.sentence("Troops/NNS/troop had/VBD/have killed/VBN/kill farmers/NNS/farmer ./.", "");
    assertThat(run(perfect, Optional.of("TCD"), recognition).drafts)
        .anyMatch(d -> d.name.equals("farmers")).noneMatch(d -> d.name.contains("killed"));
    var detained = HandParse.sentence("Police/NNS/police freed/VBD/free the/DT detained/VBN/detain reporters/NNS/reporter ./.", "");
    assertThat(run(detained, Optional.of("TCD"), recognition).drafts)
        .anyMatch(d -> d.name.equals("detained reporters"));
  }

  @Test
  void aBareTitleNamesThePersonLastMentionedWithItAndIsDroppedWhenNoOneHoldsIt() {
    var doc = HandParse.on(java.time.LocalDate.of(2024, 5, 2))
        .add("Malawian/JJ/Malawian/MISC President/NNP Grace/NNP/PERSON Banda/NNP/PERSON met/VBD/meet "
            + "Zambian/JJ/Zambian/MISC officials/NNS/official in/IN Lusaka/NNP/LOCATION ./.", "")
        .add("The/DT president/NN later/RB flew/VBD/fly home/RB ./.", "")
        .add("The/DT minister/NN stayed/VBD/stay ./.", "")
        .build();
    var linked = run(doc, Optional.of("ZMB"), recognition, names, attributes, titles);
    assertThat(mentionsOf(draft(linked, "Grace Banda"))).contains("The president");
    assertThat(draft(linked, "Grace Banda").country).contains("MWI");
    assertThat(linked.drafts).noneMatch(d -> d.name.equalsIgnoreCase("the minister") || d.name.equalsIgnoreCase("the president"));
    var former = HandParse.on(java.time.LocalDate.of(2024, 5, 2))
        .add("Former/JJ President/NNP Grace/NNP/PERSON Banda/NNP/PERSON spoke/VBD/speak ./.", "")
        .add("The/DT president/NN later/RB flew/VBD/fly home/RB ./.", "")
        .build();
    assertThat(mentionsOf(draft(run(former, Optional.empty(), recognition, names, attributes, titles), "Grace Banda")))
        .doesNotContain("The president");
  }

  @Test
  void aPartyMemberListedAfterAGroupOfOppositionFiguresIsOppositionWhereverTheGroupWasFirstNamed() {
    var doc = HandParse.on(java.time.LocalDate.of(2024, 5, 2))
        .add(Tagged.tokens("Togo@L holds opposition/NN figures/NNS/figure"), "")
        .add(Tagged.tokens("The rains came early ."), "")
        .add(Tagged.tokens("Markets stayed closed ."), "")
        .add(Tagged.tokens("Togo@L detained three opposition/NN figures/NNS/figure Monday/NNP ."), "")
        .add(Tagged.tokens("Those held were Kofi_Mensah@P , the leader of the Green@O Hope@O party/NN ."), "")
        .build();
    var drafts = run(doc, Optional.of("TGO"), recognition, names, attributes);
    assertThat(draft(drafts, "Kofi Mensah").sector).contains("OPP");
  }

  @Test
  void aBodyTheDictionaryKnowsWithoutAStateTakesNoCountryFromTheStory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Files.writeString(dir.resolve("organizations.tsv"),
        "name\taliases\tcountry\tsector\tkind\nEmber Brigade\t\t\tREB\tORGANIZATION\n");
    var withBrigade = Knowledge.load(Optional.of(dir));
    var doc = HandParse.on(java.time.LocalDate.of(2024, 5, 2))
        .add(Tagged.tokens("The Ember@O Brigade@O claimed the raid near Kayes@L ."), "")
        .build();
    var drafts = new ActorDrafts(doc, Optional.of("MLI"));
    new MentionRecognizer(withBrigade, drafts).run();
    new AttributeResolver(withBrigade, drafts).run();
    var brigade = draft(drafts, "Ember Brigade");
    assertThat(brigade.sector).contains("REB");
    assertThat(brigade.country).isEmpty();
  }
}
