package org.parley.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.core.article.Article;
import org.parley.core.error.BadInputException;
import org.parley.core.json.ExtractionJson;

class ExtractionRecordIT {
  private static final String STORY = "Marcos and Kishida agree to deepen defence ties\n\nMANILA (Wire) — Philippine President Ferdinand Marcos Jr. "
      + "met Japanese Prime Minister Fumio Kishida in Tokyo on Friday, the presidential palace said.\n\n"
      + "\"We agreed to deepen our defence ties,\" Marcos told reporters after the two-hour meeting.\n\n"
      + "(Reporting by A. Santos; Editing by B. Cruz)";

  @Test
  void recordHasEveryFieldOfTheSpecWithConsistentOffsets() throws Exception {
    var e = SharedPipeline.extract(STORY, LocalDate.of(2023, 2, 10));
    JsonNode json = ExtractionJson.mapper().readTree(ExtractionJson.toLine(e));
    for (String field : new String[] {"id", "url", "title", "outlet", "published", "language", "text", "actors",
        "events", "quotes", "times", "places", "themes", "tone"}) {
      assertThat(json.has(field)).as(field).isTrue();
    }
    assertThat(json.get("published").asText()).isEqualTo("2023-02-10");
    assertThat(json.get("outlet").asText()).isEqualTo("Wire");
    assertThat(json.get("text").asText()).doesNotContain("Reporting by").doesNotStartWith("MANILA");
    String text = json.get("text").asText();
    for (JsonNode actor : json.get("actors")) {
      for (String f : new String[] {"id", "name", "kind", "country", "sector", "role", "code", "mentions"}) {
        assertThat(actor.has(f)).as("actor." + f).isTrue();
      }
      for (JsonNode m : actor.get("mentions")) {
        assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
      }
    }
    for (JsonNode t : json.get("times")) {
      assertThat(text.substring(t.get("start").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asText());
      assertThat(t.get("type").asText()).isIn("DATE", "TIME", "DURATION", "SET");
    }
    JsonNode kishida = null;
    for (JsonNode a : json.get("actors")) {
      if (a.get("name").asText().equals("Fumio Kishida")) {
        kishida = a;
      }
    }
    assertThat(kishida).isNotNull();
    assertThat(kishida.get("code").asText()).isEqualTo("JPNGOV");
    assertThat(json.get("tone").has("score")).isTrue();
  }

  @Test
  void sameCleanTextGivesSameId() {
    var a = SharedPipeline.extract("Chile and Peru signed a fisheries accord on Monday.\n\nAdvertisement", LocalDate.of(2020, 1, 6));
    var b = SharedPipeline.extract("Chile and Peru signed a fisheries accord on Monday.\n\nShare this article", LocalDate.of(2020, 1, 6));
    assertThat(a.id()).isEqualTo(b.id()).hasSize(16);
  }

  @Test
  void keepsNonEnglishTextWithItsLanguageUnanalysed() {
    var article = Article.ofText("nota.txt", "El gobierno de Chile y el de Perú firmaron el lunes un acuerdo pesquero en Lima.");
    var record = SharedPipeline.get().process(article, LocalDate.of(2020, 1, 6));
    assertThat(record.analysed()).isFalse();
    assertThat(record.language()).isEqualTo("es");
    assertThat(record.notAnalysed()).hasValueSatisfying(why -> assertThat(why).contains("written in es"));
    assertThat(record.text()).contains("acuerdo pesquero");
    assertThat(record.actors()).isEmpty();
    assertThat(record.events()).isEmpty();
  }

  @Test
  void refusesNonEnglishWhereEnglishIsNeeded() {
    var article = Article.ofText("nota.txt", "El gobierno de Chile y el de Perú firmaron el lunes un acuerdo pesquero en Lima.");
    assertThatThrownBy(() -> new ArticlePreparer().prepareEnglish(article, LocalDate.of(2020, 1, 6)))
        .isInstanceOf(BadInputException.class).hasMessageContaining("nota.txt").hasMessageContaining("not English");
  }

  @Test
  void aPageGivesItsAuthorAsBylineNotAsAnActorAndItsSiteAndAddress() {
    String html = "<html><head><meta name='author' content='Nadia Keller'><meta property='og:site_name' content='Lake Post'>"
        + "<link rel='canonical' href='https://lake.example/2024/02/06/ferry-deal'></head><body><article>"
        + "<p>By Nadia Keller</p><p>Chile and Peru signed a fisheries accord in Lima on Monday, officials said.</p></article></body></html>";
    var article = new Article("ferry.html", java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.empty(), html, true, java.util.List.of());
    var record = SharedPipeline.get().process(article, LocalDate.of(2024, 2, 6));
    assertThat(record.byline()).contains("Nadia Keller");
    assertThat(record.outlet()).contains("Lake Post");
    assertThat(record.url()).contains("https://lake.example/2024/02/06/ferry-deal");
    assertThat(record.actors()).extracting(a -> a.name()).doesNotContain("Nadia Keller");
    assertThat(record.text()).doesNotContain("Nadia Keller");
  }
}
