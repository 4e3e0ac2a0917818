package org.parley.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.core.record.Actor;
import org.parley.core.record.ActorKind;
import org.parley.core.record.Mention;
import org.parley.core.record.Quote;
import org.parley.core.text.ParsedDocument;
import org.parley.extract.testing.HandParse;

/** Quote attribution on hand-built documents, without CoreNLP. */
class QuoteFinderTest {
  private final QuoteFinder finder = new QuoteFinder(CueWords.load(Optional.empty()));

  private static Actor person(String id, String name, ParsedDocument doc) {
    int at = doc.text().indexOf(name);
    return new Actor(id, name, ActorKind.PERSON, Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(new Mention(at, at + name.length(), name)));
  }

  @Test
  void aPronounAtTheCueBecomesAMentionOfTheSpeaker() {
    ParsedDocument doc = HandParse.on(LocalDate.of(2024, 5, 2))
        .add("Ines/NNP/PERSON Duarte/NNP/PERSON said/VBD/say :/: \"/`` Rates/NNS will/MD hold/VB ./. \"/''", "")
        .add("\"/`` Prices/NNS will/MD fall/VB ,/, \"/'' she/PRP said/VBD/say ./.", "")
        .build();
    QuoteFindings found = finder.find(doc, List.of(person("a1", "Ines Duarte", doc)));

    assertThat(found.quotes()).extracting(Quote::speaker).containsExactly(Optional.of("a1"), Optional.of("a1"));
    assertThat(found.actors().get(0).mentions()).extracting(Mention::text).containsExactly("Ines Duarte", "she");
  }

  @Test
  void aPronounLinkedToSomeoneNamedInsideTheQuoteMovesToTheSpeaker() {
    ParsedDocument doc = HandParse.on(LocalDate.of(2024, 5, 2))
        .add("Ines/NNP/PERSON Duarte/NNP/PERSON said/VBD/say :/: \"/`` Rates/NNS will/MD hold/VB ./. \"/''", "")
        .add("\"/`` Tomas/NNP/PERSON Reyes/NNP/PERSON is/VBZ wrong/JJ ,/, \"/'' she/PRP said/VBD/say ./.", "")
        .build();
    Actor reyes = person("a2", "Tomas Reyes", doc);
    int she = doc.text().indexOf(" she ") + 1;
    reyes = new Actor("a2", reyes.name(), reyes.kind(), reyes.country(), reyes.sector(), reyes.role(),
        List.of(reyes.mentions().get(0), new Mention(she, she + 3, "she")));

    QuoteFindings found = finder.find(doc, List.of(person("a1", "Ines Duarte", doc), reyes));

    assertThat(found.quotes().get(1).speaker()).contains("a1");
    assertThat(found.actors().get(0).mentions()).extracting(Mention::text).contains("she");
    assertThat(found.actors().get(1).mentions()).extracting(Mention::text).containsExactly("Tomas Reyes");
  }

  @Test
  void aSpeakerNamedByANounPhraseWithAnAdverbBeforeTheCue() {
    ParsedDocument doc = HandParse.sentence(
        "\"/`` Nothing/NN grows/VBZ here/RB ,/, \"/'' the/DT old/JJ harbour/NN master/NN often/RB said/VBD/say ./.", "");
    assertThat(finder.find(doc, List.of()).quotes()).extracting(Quote::speakerText)
        .containsExactly(Optional.of("the old harbour master"));
  }

  @Test
  void sheAtACueIsTheLastWomanQuotedNotTheLastSpeaker() {
    ParsedDocument doc = HandParse.on(LocalDate.of(2024, 5, 2))
        .add("Ms./NNP Ines/NNP/PERSON Duarte/NNP/PERSON said/VBD/say :/: \"/`` Rates/NNS will/MD hold/VB ./. \"/''", "")
        .add("Mr./NNP Tomas/NNP/PERSON Reyes/NNP/PERSON said/VBD/say :/: \"/`` Prices/NNS will/MD fall/VB ./. \"/''", "")
        .add("\"/`` Wages/NNS will/MD rise/VB ,/, \"/'' she/PRP said/VBD/say ./.", "")
        .build();
    Actor duarte = person("a1", "Ms. Ines Duarte", doc);
    Actor reyes = person("a2", "Mr. Tomas Reyes", doc);

    List<Quote> quotes = finder.find(doc, List.of(duarte, reyes)).quotes();

    assertThat(quotes).extracting(Quote::speaker)
        .containsExactly(Optional.of("a1"), Optional.of("a2"), Optional.of("a1"));
  }

  @Test
  void itAtACueIsTheOrganisationQuotedBeforeNotThePerson() {
    ParsedDocument doc = HandParse.on(LocalDate.of(2024, 5, 2))
        .add("The/DT council/NN said/VBD/say :/: \"/`` Rents/NNS will/MD fall/VB ./. \"/''", "")
        .add("Ines/NNP/PERSON Duarte/NNP/PERSON said/VBD/say :/: \"/`` Rents/NNS will/MD rise/VB ./. \"/''", "")
        .add("\"/`` Both/DT can/MD not/RB be/VB right/JJ ,/, \"/'' it/PRP said/VBD/say ./.", "")
        .build();
    int at = doc.text().indexOf("council");
    Actor council = new Actor("a1", "council", ActorKind.ORGANIZATION, Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(new Mention(at, at + 7, "council")));

    QuoteFindings found = finder.find(doc, List.of(council, person("a2", "Ines Duarte", doc)));

    assertThat(found.quotes()).extracting(Quote::speaker)
        .containsExactly(Optional.of("a1"), Optional.of("a2"), Optional.of("a1"));
    assertThat(found.actors().get(0).mentions()).extracting(Mention::text).containsExactly("council", "it");
  }

  @Test
  void aQuoteSignedWithADash() {
    ParsedDocument doc = HandParse.sentence("\"/`` The/DT road/NN is/VBZ closed/JJ ./. \"/'' \u2015/: Ola/NNP/PERSON Berg/NNP/PERSON", "");
    QuoteFindings found = finder.find(doc, List.of(person("a1", "Ola Berg", doc)));
    assertThat(found.quotes()).extracting(Quote::speaker).containsExactly(Optional.of("a1"));
  }

  @Test
  void aDashOpeningTheNextLineSignsNothing() {
    ParsedDocument doc = HandParse.sentence("\"/`` The/DT road/NN is/VBZ closed/JJ ./. \"/'' \u2015/: Ola/NNP/PERSON Berg/NNP/PERSON", "");
    int dash = doc.text().indexOf('\u2015');
    String broken = doc.text().substring(0, dash - 1) + "\n" + doc.text().substring(dash);
    ParsedDocument list = new ParsedDocument(broken, doc.date(), doc.tokens(), doc.sentences());
    assertThat(finder.find(list, List.of(person("a1", "Ola Berg", list))).quotes())
        .extracting(Quote::speaker).containsExactly(Optional.empty());
  }
}
