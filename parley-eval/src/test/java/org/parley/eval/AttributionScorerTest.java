package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.error.BadInputException;

class AttributionScorerTest {
  // Offsets:          0         1         2         3         4         5         6         7
  //                   0123456789012345678901234567890123456789012345678901234567890123456789012345
  private static final String TEXT =
      "\"The ferry will run again in May,\" Lena Voss said. Officials said the port would reopen.";

  @TempDir Path dir;

  private Path corpus(String ann) throws Exception {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text/wire_2024-03-01_ferry.txt"), TEXT);
    Files.writeString(dir.resolve("attributions/wire_2024-03-01_ferry_ann1.ann"), ann);
    return dir;
  }

  private static final String ANN = String.join("\n",
      "T1\tSource 35 44\tLena Voss", "T2\tCue 45 49\tsaid", "T3\tContent 0 34\t\"The ferry will run again in May,\"",
      "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
      "T4\tSource 51 60\tOfficials", "T5\tCue 61 65\tsaid", "T6\tContent 66 87\tthe port would reopen",
      "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4", "");

  private static JsonNode record(String quotes, String actors) throws Exception {
    return new ObjectMapper().readTree("{\"id\":\"wire_2024-03-01_ferry\",\"text\":" + new ObjectMapper().writeValueAsString(TEXT)
        + ",\"actors\":[" + actors + "],\"quotes\":[" + quotes + "]}");
  }

  @Test
  void readsTheLayoutAndTheDateInTheFileName() throws Exception {
    var articles = AttributionSet.load(corpus(ANN));
    assertThat(articles).hasSize(1);
    assertThat(articles.get(0).published()).contains("2024-03-01");
    assertThat(articles.get(0).relations()).extracting(AttributionSet.Relation::start).containsExactly(0, 66);
    assertThat(articles.get(0).relations().get(0).sourceText()).contains("Lena Voss");
  }

  @Test
  void scoresQuotesAndSpeakersInBothViews() throws Exception {
    var articles = AttributionSet.load(corpus(ANN));
    String actors = "{\"id\":\"a1\",\"name\":\"Lena Voss\",\"mentions\":[{\"start\":35,\"end\":44,\"text\":\"Lena Voss\"}]},"
        + "{\"id\":\"a2\",\"name\":\"port\",\"mentions\":[{\"start\":70,\"end\":74,\"text\":\"port\"}]}";
    String quotes = "{\"kind\":\"direct\",\"start\":1,\"end\":33,\"speaker\":\"a1\"},"
        + "{\"kind\":\"indirect\",\"start\":66,\"end\":87,\"speaker\":\"a2\"},"
        + "{\"kind\":\"partial\",\"start\":5,\"end\":10,\"speaker\":\"a1\"}";
    var scores = AttributionScorer.score(articles, List.of(record(quotes, actors))).scores();

    assertThat(scores.get("direct_tp")).isEqualTo(1);
    assertThat(scores.get("direct_fp")).isEqualTo(1); // the partial inside the matched direct quote
    assertThat(scores.get("direct_speaker_acc")).isEqualTo(1.0);
    assertThat(scores.get("all_tp")).isEqualTo(2);
    assertThat(scores.get("all_speaker_acc")).isEqualTo(0.5); // "port" is not "Officials"
  }

  @Test
  void offsetsOfACleanedTextAreMappedBack() {
    var align = new OffsetAlignment("The port  reopens.\nBuses run.", "The port reopens.\n\nBuses   run.");
    int[] span = align.span(19, 29);
    assertThat("The port reopens.\n\nBuses   run.".substring(span[0], span[1])).isEqualTo("Buses   run.");
  }

  @Test
  void aBadOffsetNamesTheFileAndLine() throws Exception {
    corpus("T1\tSource x 9\tLena\n");
    assertThatThrownBy(() -> AttributionSet.load(dir)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("ferry_ann1.ann:1");
  }
}
