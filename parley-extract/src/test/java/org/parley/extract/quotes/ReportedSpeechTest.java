package org.parley.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.core.text.ParsedDocument;
import org.parley.extract.testing.HandParse;

/** Reported speech read from hand-built parses, including the parser's usual misreadings. */
class ReportedSpeechTest {
  private final ReportedSpeech reported = new ReportedSpeech(CueWords.load(Optional.empty()));

  private List<String> contents(ParsedDocument doc) {
    return reported.find(doc, doc.sentences().get(0), QuoteScanner.scan(doc.text())).stream()
        .map(r -> doc.span(doc.tokens().get(r.contentFirst()).start(), doc.tokens().get(r.contentLast()).end()))
        .toList();
  }

  private String speaker(ParsedDocument doc) {
    var r = reported.find(doc, doc.sentences().get(0), List.of()).get(0);
    return doc.tokens().get(r.speakerHead().orElseThrow()).word();
  }

  @Test
  void aClauseAfterTheCueWithoutThat() {
    var doc = HandParse.sentence("Farmers/NNS/farmer say/VBP/say the/DT rains/NNS/rain came/VBD/come late/RB ./.",
        "nsubj(2,1) root(0,2) det(4,3) nsubj(5,4) ccomp(2,5) advmod(5,6) punct(2,7)");
    assertThat(contents(doc)).containsExactly("the rains came late");
    assertThat(speaker(doc)).isEqualTo("Farmers");
  }

  @Test
  void aClauseBeforeTheCueLosesItsComma() {
    var doc = HandParse.sentence("The/DT ferry/NN will/MD sail/VB/sail at/IN dawn/NN ,/, sailors/NNS/sailor said/VBD/say ./.",
        "det(2,1) nsubj(4,2) aux(4,3) ccomp(9,4) case(6,5) obl:at(4,6) punct(9,7) nsubj(9,8) root(0,9) punct(9,10)");
    assertThat(contents(doc)).containsExactly("The ferry will sail at dawn");
  }

  @Test
  void thatOpeningTheClauseIsNotReported() {
    var doc = HandParse.sentence("Officials/NNS/official warned/VBD/warn that/IN the/DT dam/NN could/MD burst/VB/burst ./.",
        "nsubj(2,1) root(0,2) mark(7,3) det(5,4) nsubj(7,5) aux(7,6) ccomp(2,7) punct(2,8)");
    assertThat(contents(doc)).containsExactly("the dam could burst");
  }

  @Test
  void aCueSetOffByCommasReportsTheWholeClause() {
    // The parser took the speaker for an apposition of the subject; the words still show the aside.
    var doc = HandParse.sentence(
        "The/DT bridge/NN ,/, engineers/NNS/engineer said/VBD/say ,/, will/MD last/VB/last a/DT century/NN ./.",
        "det(2,1) nsubj(5,2) punct(2,3) appos(2,4) root(0,5) punct(5,6) aux(8,7) dep(5,8) det(10,9) obj(8,10) punct(5,11)");
    assertThat(contents(doc)).containsExactly("The bridge , engineers said , will last a century");
    assertThat(speaker(doc)).isEqualTo("engineers");
  }

  @Test
  void toldWithAnObjectAndAnUnlabelledClause() {
    // "told reporters the navy would sail": the clause's subject parsed as the cue's object.
    var doc = HandParse.sentence("Okoro/NNP/PERSON told/VBD/tell reporters/NNS/reporter the/DT navy/NN would/MD sail/VB/sail ./.",
        "nsubj(2,1) root(0,2) iobj(2,3) det(5,4) obj(2,5) aux(7,6) dep(2,7) punct(2,8)");
    assertThat(contents(doc)).containsExactly("the navy would sail");
  }

  @Test
  void accordingToQualifiesTheRestOfTheClause() {
    var doc = HandParse.sentence(
        "According/VBG/accord to/IN the/DT census/NN ,/, towns/NNS/town grew/VBD/grow fast/RB ./.",
        "case(4,1) fixed(1,2) det(4,3) obl:according_to(7,4) punct(7,5) nsubj(7,6) root(0,7) advmod(7,8) punct(7,9)");
    assertThat(contents(doc)).containsExactly("towns grew fast");
    assertThat(speaker(doc)).isEqualTo("census");
  }

  @Test
  void aCoordinatedSecondReportIsNotPartOfTheFirst() {
    var doc = HandParse.sentence(
        "Ana/NNP/PERSON said/VBD/say taxes/NNS/tax would/MD rise/VB/rise and/CC Ben/NNP/PERSON said/VBD/say wages/NNS/wage would/MD fall/VB/fall ./.",
        "nsubj(2,1) root(0,2) nsubj(5,3) aux(5,4) ccomp(2,5) cc(8,6) nsubj(8,7) conj:and(5,8) ccomp(2,8)"
            + " nsubj(11,9) aux(11,10) ccomp(8,11) punct(2,12)");
    assertThat(contents(doc)).containsExactlyInAnyOrder("taxes would rise", "wages would fall");
  }

  @Test
  void anInfinitiveWithTheOneItIsAskedOf() {
    var doc = HandParse.sentence(
        "Nurses/NNS/nurse urged/VBD/urge the/DT council/NN to/TO reopen/VB/reopen the/DT clinic/NN ./.",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) mark(6,5) xcomp(2,6) det(8,7) obj(6,8) punct(2,9)");
    assertThat(contents(doc)).containsExactly("the council to reopen the clinic");
  }

  @Test
  void whatIsCalledFor() {
    var doc = HandParse.sentence(
        "Unions/NNS/union called/VBD/call for/IN an/DT inquiry/NN into/IN the/DT fire/NN ./.",
        "nsubj(2,1) root(0,2) case(5,3) det(5,4) obl:for(2,5) case(8,6) det(8,7) nmod:into(5,8) punct(2,9)");
    assertThat(contents(doc)).containsExactly("an inquiry into the fire");
  }

  @Test
  void aNounOfSayingWithItsOwnerAndItsClause() {
    var doc = HandParse.sentence("The/DT minister/NN 's/POS claim/NN/claim that/IN the/DT dam/NN was/VBD/be safe/JJ ./.",
        "det(2,1) nmod:poss(4,2) case(2,3) root(0,4) mark(9,5) det(7,6) nsubj(9,7) cop(9,8) acl(4,9) punct(4,10)");
    assertThat(contents(doc)).containsExactly("the dam was safe");
    assertThat(speaker(doc)).isEqualTo("minister");
  }

  @Test
  void aNounOfProposingWithAnInfinitiveTheParserHungElsewhere() {
    var doc = HandParse.sentence("Critics/NNS/critic rejected/VBD/reject her/PRP$ plan/NN/plan to/TO raise/VB/raise fuel/NN taxes/NNS/tax ./.",
        "nsubj(2,1) root(0,2) nmod:poss(4,3) obj(2,4) mark(6,5) xcomp(2,6) compound(8,7) obj(6,8) punct(2,9)");
    assertThat(contents(doc)).containsExactly("to raise fuel taxes");
    assertThat(speaker(doc)).isEqualTo("her");
  }

  @Test
  void aNounOfSayingWithNoOwnerReportsNothing() {
    var doc = HandParse.sentence("The/DT plan/NN/plan to/TO raise/VB/raise taxes/NNS/tax failed/VBD/fail ./.",
        "det(2,1) nsubj(6,2) mark(4,3) acl(2,4) obj(4,5) root(0,6) punct(6,7)");
    assertThat(contents(doc)).isEmpty();
  }

  @Test
  void theSpeakerIsNamedByItsWholePhrase() {
    var doc = HandParse.sentence(
        "A/DT review/NN of/IN court/NN records/NNS/record shows/VBZ/show the/DT mayor/NN voted/VBD/vote twice/RB ./.",
        "det(2,1) nsubj(6,2) case(5,3) compound(5,4) nmod:of(2,5) root(0,6) det(8,7) nsubj(9,8) ccomp(6,9)"
            + " advmod(9,10) punct(6,11)");
    var report = reported.find(doc, doc.sentences().get(0), List.of()).get(0);
    int[] phrase = reported.speakerPhrase(doc, doc.sentences().get(0), report).orElseThrow();
    assertThat(doc.span(doc.tokens().get(phrase[0]).start(), doc.tokens().get(phrase[1]).end()))
        .isEqualTo("A review of court records");
  }

  @Test
  void aCueInsideQuotationMarksIsSomeoneElsesWords() {
    var doc = HandParse.sentence("\"/`` I/PRP say/VBP/say we/PRP will/MD win/VB/win \"/''",
        "punct(3,1) nsubj(3,2) root(0,3) nsubj(6,4) aux(6,5) ccomp(3,6) punct(3,7)");
    assertThat(contents(doc)).isEmpty();
  }

  @Test
  void aClauseWithoutASubjectOfItsOwnReportsNothing() {
    var doc = HandParse.sentence("Voters/NNS/voter learned/VBD/learn how/WRB to/TO register/VB/register online/RB ./.",
        "nsubj(2,1) root(0,2) advmod(5,3) mark(5,4) ccomp(2,5) advmod(5,6) punct(2,7)");
    assertThat(contents(doc)).isEmpty();
  }

  @Test
  void aCueWithAnObjectAndNoClauseReportsNothing() {
    var doc = HandParse.sentence("Lena/NNP/PERSON said/VBD/say nothing/NN about/IN the/DT vote/NN ./.",
        "nsubj(2,1) root(0,2) obj(2,3) case(6,4) det(6,5) nmod:about(3,6) punct(2,7)");
    assertThat(contents(doc)).isEmpty();
  }
}
