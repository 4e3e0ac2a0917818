package org.parley.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.core.json.ExtractionJson;

class ActorTest {
  private static Actor actor(Optional<String> country, Optional<String> sector, Optional<String> body) {
    return new Actor("a1", "Someone", ActorKind.ORGANIZATION, country, sector, Optional.empty(), List.of(),
        Attribution.NONE, body);
  }

  @Test
  void theCodeJoinsCountrySectorAndAnInternationalBodysCode() {
    assertThat(actor(Optional.of("GHA"), Optional.of("GOV"), Optional.empty()).code()).contains("GHAGOV");
    assertThat(actor(Optional.empty(), Optional.of("IGO"), Optional.of("WSTNAT")).code()).contains("IGOWSTNAT");
    assertThat(actor(Optional.of("PER"), Optional.empty(), Optional.empty()).code()).contains("PER");
    assertThat(actor(Optional.empty(), Optional.empty(), Optional.of("UNO")).code())
        .as("a body's code without its sector says nothing a reader can use").isEmpty();
  }

  @Test
  void aRecordWrittenBeforeBodiesHadCodesReadsBackWithout() throws Exception {
    String json = "{\"id\":\"a1\",\"name\":\"Red Cross\",\"kind\":\"ORGANIZATION\",\"sector\":\"NGO\",\"mentions\":[]}";
    Actor read = ExtractionJson.mapper().readValue(json, Actor.class);
    assertThat(read.organizationCode()).isEmpty();
    assertThat(read.code()).contains("NGO");
  }

  @Test
  void theBodysCodeIsWrittenUnderItsOwnName() {
    JsonNode node = ExtractionJson.mapper().valueToTree(actor(Optional.empty(), Optional.of("IGO"), Optional.of("UNO")));
    assertThat(node.get("organization_code").asText()).isEqualTo("UNO");
    assertThat(node.get("code").asText()).isEqualTo("IGOUNO");
  }
}
