package org.parley.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Repairs on hand-written parses: tokens as word/TAG, edges as relation(governor,dependent), 0-based, root -1. */
class DependencyRepairsTest {
  private static final Pattern EDGE = Pattern.compile("([a-z:]+)\\((-?\\d+),(\\d+)\\)");

  private static List<Token> tokens(String tagged) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    for (String item : tagged.split(" ")) {
      String[] wp = item.split("/");
      out.add(new Token(out.size(), 0, wp[0], offset, offset + wp[0].length(), wp[1], wp[0].toLowerCase(), "O"));
      offset += wp[0].length() + 1;
    }
    return out;
  }

  private static List<Dependency> edges(String written) {
    return EDGE.matcher(written).results()
        .map(m -> new Dependency(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))).toList();
  }

  private static List<Dependency> repaired(String tagged, String written) {
    return DependencyRepairs.repair(tokens(tagged), edges(written));
  }

  @Test
  void anObjectHungOnTheDayBeforeItIsTheVerbsObject() {
    assertThat(repaired("The/DT Chilean/JJ navy/NN freed/VBD Monday/NNP a/DT seized/VBN trawler/NN ./.",
        "root(-1,3) nsubj(3,2) obl:tmod(3,4) dep(4,7) det(7,5)"))
        .containsAll(edges("obj(3,7) obl:tmod(3,4)")).doesNotContain(edges("dep(4,7)").get(0));
  }

  @Test
  void aGerundAfterACommaReadAsAnAdjectiveOfASecondObjectHeadsAClauseAgain() {
    // "The senate approved the budget, ignoring months of strikes": "ignoring months" read as a kind of months.
    assertThat(repaired("The/DT senate/NN approved/VBD the/DT budget/NN ,/, ignoring/VBG months/NNS of/IN strikes/NNS ./.",
        "root(-1,2) det(1,0) nsubj(2,1) det(4,3) obj(2,4) obj(2,7) amod(7,6) nmod:of(7,9)"))
        .containsAll(edges("advcl(2,6) obj(6,7) obj(2,4) nmod:of(7,9)"))
        .doesNotContainAnyElementsOf(edges("obj(2,7) amod(7,6)"));
  }

  @Test
  void aGerundAdjectiveOfTheOnlyObjectKeepsTheParse() {
    String written = "root(-1,1) nsubj(1,0) obj(1,4) amod(4,3)";
    assertThat(repaired("Rebels/NNS left/VBD ,/, burning/VBG villages/NNS", written)).isEqualTo(edges(written));
  }

  @Test
  void aVerbThatHasItsObjectKeepsTheParse() {
    String written = "root(-1,1) nsubj(1,0) obl:tmod(1,2) obj(1,4) dep(2,6)";
    assertThat(repaired("Laos/NNP signed/VBD Monday/NNP a/DT treaty/NN and/CC accords/NNS", written))
        .isEqualTo(edges(written));
  }

  @Test
  void aDayThatIsNotAVerbsTimeKeepsItsDependents() {
    String written = "root(-1,2) obl:tmod(2,1) dep(1,3)";
    assertThat(repaired("the/DT Friday/NNP meeting/NN talks/NNS", written)).isEqualTo(edges(written));
  }

  @Test
  void aParticipleAfterTheSubjectNounModifiesItAndTheLaterVerbIsTheMainOne() {
    assertThat(repaired("Guards/NNS posted/VBN at/IN the/DT gate/NN fired/VBD shots/NNS ./.",
        "root(-1,1) nsubj(1,0) obl:at(1,4) dep(1,5) obj(5,6)"))
        .containsAll(edges("root(-1,5) nsubj(5,0) acl(0,1)"))
        .doesNotContainAnyElementsOf(edges("nsubj(1,0) dep(1,5) root(-1,1)"));
  }

  @Test
  void aParticipleClauseMadeTheSubjectGivesBackItsNoun() {
    assertThat(repaired("Miners/NNS trapped/VBN in/IN the/DT shaft/NN began/VBD a/DT protest/NN ./.",
        "root(-1,5) nsubj(1,0) obl:in(1,4) csubj(5,1) obj(5,7)"))
        .containsAll(edges("nsubj(5,0) acl(0,1) root(-1,5)")).doesNotContainAnyElementsOf(edges("csubj(5,1)"));
  }

  @Test
  void aNounTaggedAsAVerbInAClauseSubjectModifiesTheNounAfterIt() {
    // "a Kenyan drone strike killed four": read as "Kenyan drones strike", a clause subject.
    assertThat(repaired("A/DT Kenyan/NNP drone/VB strike/NN killed/VBD four/CD ./.",
        "root(-1,4) det(1,0) nsubj(2,1) obj(2,3) csubj(4,2) obj(4,5)"))
        .containsAll(edges("nsubj(4,3) compound(3,2) compound(3,1) root(-1,4)"))
        .doesNotContainAnyElementsOf(edges("csubj(4,2) obj(2,3) nsubj(2,1)"));
  }

  @Test
  void aGerundClauseSubjectKeepsTheParse() {
    String written = "root(-1,4) obj(0,1) csubj(4,0) cop(4,2) det(4,3)";
    assertThat(repaired("Shelling/VBG towns/NNS is/VBZ a/DT crime/NN", written)).isEqualTo(edges(written));
  }

  @Test
  void aParticipleClauseMadeThePassivesSubjectGivesBackItsNoun() {
    assertThat(repaired("Sailors/NNS held/VBN by/IN pirates/NNS were/VBD released/VBN ./.",
        "root(-1,5) nsubj(1,0) obl:by(1,3) csubj:pass(5,1) aux:pass(5,4)"))
        .containsAll(edges("nsubj:pass(5,0) acl(0,1) obl:by(1,3)"))
        .doesNotContainAnyElementsOf(edges("csubj:pass(5,1) nsubj(1,0)"));
  }

  @Test
  void aParticipleHungOnTheVerbBeforeItsNounLeavesTheNounAsThatVerbsObject() {
    assertThat(repaired("Villagers/NNS mourned/VBD six/CD herders/NNS shot/VBN by/IN raiders/NNS ./.",
        "root(-1,1) nsubj(1,0) dep(1,4) nsubj(4,3) obl:by(4,6)"))
        .containsAll(edges("obj(1,3) acl(3,4) root(-1,1)")).doesNotContainAnyElementsOf(edges("dep(1,4) nsubj(4,3)"));
  }

  @Test
  void aMainVerbInThePastWithItsOwnObjectStaysTheMainVerb() {
    String written = "root(-1,1) nsubj(1,0) obj(1,3) dep(1,6)";
    assertThat(repaired("Police/NNS arrested/VBN ten/CD men/NNS ,/, courts/NNS freed/VBD them/PRP", written))
        .isEqualTo(edges(written));
  }

  @Test
  void aGerundReadAsTheAdjectiveOfItsObjectHeadsItsClauseAgain() {
    assertThat(repaired("Honduras/NNP opened/VBD an/DT embassy/NN after/IN cutting/VBG ties/NNS with/IN Taiwan/NNP",
        "root(-1,1) nsubj(1,0) det(3,2) obj(1,3) obl:after(1,6) case(6,4) amod(6,5) nmod:with(6,8) case(8,7)"))
        .containsAll(edges("advcl:after(1,5) mark(5,4) obj(5,6) nmod:with(6,8)"))
        .doesNotContainAnyElementsOf(edges("amod(6,5) obl:after(1,6) case(6,4)"));
  }

  @Test
  void anAdjectiveAfterAPrepositionOfPlaceStaysAnAdjective() {
    String written = "root(-1,1) nsubj(1,0) obl:in(1,4) case(4,2) amod(4,3)";
    assertThat(repaired("Prices/NNS rose/VBD in/IN developing/VBG countries/NNS", written)).isEqualTo(edges(written));
  }
}
