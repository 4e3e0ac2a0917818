package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentenceScorerTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode record(String json) throws Exception {
    return MAPPER.readTree(json);
  }

  @Test
  void readsPetrarchSentencesWhoseTagsAreSelfClosedAndScoresRootCodeAndActorTriples() throws Exception {
    String xml = """
        <Sentences>
        <Sentence date="20190304" id="A_1" evaluate="true"/>
        <EventCoding eventcode="042" sourcecode="CHLGOV" targetcode="PER" />
        <Text>Chile's president visited Peru on Monday &amp; met its premier.</Text>
        </Sentence>
        <Sentence date="20190304" id="A_2" evaluate="false"/>
        <EventCoding eventcode="190" sourcecode="MLI" targetcode="NER" />
        <Text>A sentence the set does not count.</Text>
        </Sentence>
        </Sentences>
        """;
    var sentences = SentenceSets.petrarch(xml);
    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(0).text()).isEqualTo("Chile's president visited Peru on Monday & met its premier.");
    assertThat(sentences.get(0).published()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2019-03-04"));
    assertThat(sentences.get(1).evaluated()).isFalse();
    var result = SentenceScorer.score(SentenceSets.Kind.PETRARCH, sentences, List.of(record(
        "{\"id\":\"A_1\",\"events\":[{\"cameo\":\"043\",\"source_code\":\"CHLGOV\",\"target_code\":\"PER\"},"
            + "{\"cameo\":\"190\",\"source_code\":\"PER\",\"target_code\":\"CHL\"}]}")));
    // The root matches (04), the full code does not (043 against 042); the second event is wrong.
    assertThat(result.scores().get("root_tp")).isEqualTo(1);
    assertThat(result.scores().get("root_fp")).isEqualTo(1);
    assertThat(result.scores().get("code_tp")).isEqualTo(0);
    assertThat(result.scores().get("actor_tp")).isEqualTo(1);
    assertThat(result.scores().get("root_f1").doubleValue()).isEqualTo(2 * 0.5 * 1.0 / 1.5);
    assertThat(result.table()).anyMatch(line -> line.startsWith("04 ")).anyMatch(line -> line.startsWith("19 "));
  }

  @Test
  void scoresPloverTypesWithBothTypeVocabularies(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("gold.json");
    Files.writeString(file, """
        [{"id": "DOC", "event": "DOCUMENT"},
         {"id": "P1", "event": "DEMAND", "text": "Ghana said Togo must reopen the border.",
          "source": [{"actorText": "Ghana", "code": "GHA"}], "target": [{"actorText": "Togo", "code": "TGO"}]},
         {"id": "P2", "event": "AGREE", "text": "Laos and Vietnam agreed to share river data.",
          "source": [{"code": "LAO"}, {"code": "VNM"}], "target": ""}]
        """);
    var sentences = SentenceSets.load(file, SentenceSets.Kind.PLOVER);
    assertThat(sentences).extracting(CodedSentence::id).containsExactly("P1", "P2");
    assertThat(sentences.get(1).gold()).extracting(CodedSentence.GoldTriple::target).containsOnly("");
    var result = SentenceScorer.score(SentenceSets.Kind.PLOVER, sentences, List.of(
        record("{\"id\":\"P1\",\"events\":[{\"cameo\":\"100\",\"plover\":\"REQUEST\",\"source_code\":\"GHA\",\"target_code\":\"TGOGOV\"}]}"),
        record("{\"id\":\"P2\",\"events\":[{\"cameo\":\"030\",\"plover\":\"AGREE\",\"source_code\":\"LAO\"}]}")));
    // PLOVER 2021 calls a demand REQUEST; the 2016 gold calls it DEMAND.
    assertThat(result.scores().get("type_tp")).isEqualTo(1);
    assertThat(result.scores().get("type_fp")).isEqualTo(1);
    assertThat(result.scores().get("type_plover2016_tp")).isEqualTo(2);
    assertThat(result.scores().get("triple_plover2016_tp")).isEqualTo(2);
  }

  @Test
  void aMissingRecordCountsEveryGoldEventAsMissed() {
    var sentences = SentenceSets.petrarch("<Sentence id=\"B\"/><EventCoding eventcode=\"173\" sourcecode=\"KENCOP\" "
        + "targetcode=\"KENOPP\"/><Text>Police in Kenya detained two opposition lawmakers.</Text></Sentence>");
    var result = SentenceScorer.score(SentenceSets.Kind.PETRARCH, sentences, List.of());
    assertThat(result.scores().get("root_fn")).isEqualTo(1);
    assertThat(result.scores().get("sentences_missing")).isEqualTo(1);
  }
}
