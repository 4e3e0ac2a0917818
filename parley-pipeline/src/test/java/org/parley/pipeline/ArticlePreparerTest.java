package org.parley.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.json.ExtractionJson;
import org.parley.core.record.PublishedFrom;
import org.parley.ingest.source.ArticleReader;
import org.parley.ingest.source.ReadResult;

/**
 * Where a publication date comes from, on the bundled samples in every form `parley ingest` reads
 * (JSON Lines, text files, web pages, a web archive) and on hand-made files that give less.
 */
class ArticlePreparerTest {
  static final Path SAMPLES = Path.of("").toAbsolutePath().getParent().resolve("samples");
  static final LocalDate FALLBACK = LocalDate.of(1999, 1, 1);
  final ArticlePreparer preparer = new ArticlePreparer();

  List<PreparedArticle> prepared(Path input) {
    List<ReadResult> items = new ArrayList<>();
    new ArticleReader().read(input.toString(), new ByteArrayInputStream(new byte[0]), items::add);
    assertThat(items).allMatch(r -> r instanceof ReadResult.Read, "every item read");
    return items.stream().map(r -> preparer.prepare(((ReadResult.Read) r).article(), FALLBACK)).toList();
  }

  /** Title → publication date, as the samples' JSON Lines give them. */
  static Map<String, LocalDate> sampleDates() throws Exception {
    Map<String, LocalDate> dates = new TreeMap<>();
    for (String line : Files.readAllLines(SAMPLES.resolve("articles.jsonl"))) {
      if (!line.isBlank()) {
        JsonNode n = ExtractionJson.mapper().readTree(line);
        dates.put(n.get("title").asText(), LocalDate.parse(n.get("published").asText()));
      }
    }
    return dates;
  }

  static Map<String, LocalDate> byTitle(List<PreparedArticle> articles) {
    Map<String, LocalDate> out = new TreeMap<>();
    articles.forEach(a -> out.put(a.title().orElseThrow(), a.published()));
    return out;
  }

  @Test
  void everyFormOfTheSamplesGivesTheSameArticlesOnTheSameDates() throws Exception {
    Map<String, LocalDate> expected = sampleDates();
    assertThat(expected).hasSizeGreaterThanOrEqualTo(6);
    var jsonl = prepared(SAMPLES.resolve("articles.jsonl"));
    var text = prepared(SAMPLES.resolve("text"));
    var pages = prepared(SAMPLES.resolve("pages"));
    var warc = prepared(SAMPLES.resolve("articles.warc.gz"));
    assertThat(byTitle(jsonl)).isEqualTo(expected);
    assertThat(byTitle(text)).isEqualTo(expected);
    assertThat(byTitle(pages)).isEqualTo(expected);
    assertThat(byTitle(warc)).isEqualTo(expected);
    assertThat(jsonl).allMatch(a -> a.publishedFrom() == PublishedFrom.METADATA);
    assertThat(text).allMatch(a -> a.publishedFrom() == PublishedFrom.TEXT);
    assertThat(pages).allMatch(a -> a.publishedFrom() == PublishedFrom.PAGE);
    assertThat(warc).allMatch(a -> a.publishedFrom() == PublishedFrom.PAGE);
    // The same story in every form cleans to the same text, so a second form is a copy, not a new article.
    assertThat(text.get(0).clean().text()).isEqualTo(
        jsonl.stream().filter(a -> a.title().equals(text.get(0).title())).findFirst().orElseThrow().clean().text());
  }

  @Test
  void aFileThatGivesNoDateButItsNameIsDatedByItsName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("2022-11-03-port-strike.txt");
    Files.writeString(file, "Dock workers in the port of Mombasa went on strike on Monday over unpaid wages, "
        + "their union said, and ships were left waiting at anchor.\n");
    PreparedArticle a = prepared(file).get(0);
    assertThat(a.published()).isEqualTo(LocalDate.of(2022, 11, 3));
    assertThat(a.publishedFrom()).isEqualTo(PublishedFrom.FILE);
  }

  @Test
  void aFileThatGivesNoDateAtAllIsMarkedAssumed(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("port-strike.txt");
    Files.writeString(file, "Dock workers in the port of Mombasa went on strike on Monday over unpaid wages, "
        + "their union said, and ships were left waiting at anchor.\n");
    PreparedArticle a = prepared(file).get(0);
    assertThat(a.published()).isEqualTo(FALLBACK);
    assertThat(a.publishedFrom()).isEqualTo(PublishedFrom.ASSUMED);
  }

  @Test
  void theTextsOwnDateBeatsTheFileName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("2022-11-04-port-strike.txt");
    Files.writeString(file, "Port strike enters second day\n\nUpdated: November 5, 2022\n\nDock workers in the port of "
        + "Mombasa stayed off work for a second day over unpaid wages, their union said.\n");
    PreparedArticle a = prepared(file).get(0);
    assertThat(a.published()).isEqualTo(LocalDate.of(2022, 11, 5));
    assertThat(a.publishedFrom()).isEqualTo(PublishedFrom.TEXT);
  }

  @Test
  void anArticleLongerThanABookIsRefusedWithItsLength() {
    String text = "Dock workers in the port of Mombasa went on strike over unpaid wages. ".repeat(ArticlePreparer.MAX_CHARS / 60);
    var article = org.parley.core.article.Article.ofText("huge.txt", text);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> preparer.prepare(article, FALLBACK))
        .isInstanceOf(org.parley.core.error.BadInputException.class).hasMessageContaining("huge.txt")
        .hasMessageContaining("over the limit of " + ArticlePreparer.MAX_CHARS);
  }

  @Test
  void aPageDateNoNewsCouldHaveIsNotUsed() {
    String html = "<html><head><meta property='article:published_time' content='+999999999-12-31'></head><body><article><p>"
        + "Dock workers in the port of Mombasa went on strike on Monday over unpaid wages, their union said.</p></article></body></html>";
    var article = new org.parley.core.article.Article("far.html", java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), html, true, List.of());
    PreparedArticle a = preparer.prepare(article, FALLBACK);
    assertThat(a.published()).isEqualTo(FALLBACK);
    assertThat(a.publishedFrom()).isEqualTo(PublishedFrom.ASSUMED);
  }
}
