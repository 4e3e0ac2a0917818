package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.ingest.Ingestor;
import org.parley.app.web.ApiServer;
import org.parley.core.article.Article;
import org.parley.core.error.BadInputException;
import org.parley.core.json.ExtractionJson;
import org.parley.ingest.source.ReadResult;
import org.parley.nlp.NlpOptions;
import org.parley.pipeline.Pipeline;
import org.parley.store.Store;
import org.parley.store.Stores;

/** Every API endpoint, with good and bad input, over a store holding two articles. */
class ApiIT {
  @TempDir static Path dir;
  static Pipeline pipeline;
  static Store store;
  static ApiServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    pipeline = SharedPipeline.get();
    store = Stores.open(dir.resolve("store").toString());
    LocalDate day = LocalDate.parse("2024-03-15");
    List<ReadResult> items = List.of(
        new ReadResult.Read(Article.ofText("visit", "German Chancellor Olaf Scholz visited India on Tuesday and met Indian "
            + "Prime Minister Narendra Modi in New Delhi. \"We are partners for the long run,\" Scholz said.").withPublished(day)),
        new ReadResult.Read(Article.ofText("farmers", "Thousands of farmers demonstrated in Paris on Monday, blocking roads "
            + "with tractors. One banner read <script>alert('x')</script> &amp; more.").withPublished(day)));
    new Ingestor(pipeline, store, 1).ingest(items, day, new java.io.PrintWriter(java.io.Writer.nullWriter()));
    server = new ApiServer("127.0.0.1", 0, store, () -> pipeline, Optional.empty());
    server.start();
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return ExtractionJson.mapper().readTree(r.body());
  }

  static HttpResponse<String> post(int port, String path, String body, Optional<String> token) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
    token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theOpenApiDocumentDescribesEveryEndpoint() throws Exception {
    JsonNode doc = json(get("/openapi.json"));
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    for (String path : List.of("/api/articles", "/api/articles/{id}", "/api/events", "/api/actors", "/api/quotes",
        "/api/search", "/api/stats", "/api/extract")) {
      assertThat(doc.get("paths").has(path)).as(path).isTrue();
    }
  }

  @Test
  void articlesAreListedAndReadWholeAndAnUnknownOneIs404() throws Exception {
    JsonNode list = json(get("/api/articles"));
    assertThat(list).hasSize(2);
    String id = list.get(0).get("id").asText();
    var one = get("/api/articles/" + id);
    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(json(one).get("text").asText()).isNotBlank();
    JsonNode visit = json(get("/api/articles/" + json(get("/api/search?q=scholz")).get(0).get("article_id").asText()));
    assertThat(visit.get("events").get(0).has("source_code")).as("the record's own field names").isTrue();
    assertThat(visit.get("events").get(0).has("quad_class")).isTrue();
    var missing = get("/api/articles/nope");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).get("error").asText()).contains("no article nope");
  }

  @Test
  void eventsFilterAndPageAndBadParametersAre400WithAMessage() throws Exception {
    JsonNode events = json(get("/api/events?dyad=DEU-IND"));
    assertThat(events.get("items").size()).isGreaterThanOrEqualTo(1);
    assertThat(events.get("items").get(0).get("evidence").asText()).contains("Scholz");
    assertThat(json(get("/api/events?dyad=DEU-IND&page=5&size=10")).get("items")).isEmpty();
    for (String bad : List.of("/api/events?from=last-week", "/api/events?size=5000", "/api/events?modality=maybe",
        "/api/events?page=-1", "/api/events?dyad=USA")) {
      var r = get(bad);
      assertThat(r.statusCode()).as(bad).isEqualTo(400);
      assertThat(json(r).get("error").asText()).as(bad).isNotBlank();
    }
  }

  @Test
  void actorsQuotesSearchAndStatistics() throws Exception {
    assertThat(json(get("/api/actors?name=scholz")).get(0).get("code").asText()).isEqualTo("DEUGOV");
    assertThat(json(get("/api/quotes?speaker=scholz")).get(0).get("text").asText()).contains("partners for the long run");
    assertThat(json(get("/api/search?q=tractors")).get(0).get("title").isMissingNode()).isFalse();
    assertThat(get("/api/search").statusCode()).isEqualTo(400);
    JsonNode stats = json(get("/api/stats?dyad=DEU-IND"));
    assertThat(stats.get(0).get("date").asText()).isEqualTo("2024-03-12");
    assertThat(stats.get(0).get("verbal_cooperation").asLong()).isPositive();
    assertThat(get("/api/nothing").statusCode()).isEqualTo(404);
    assertThat(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/events"))
        .DELETE().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
  }

  @Test
  void everyResponseCarriesASecurityPolicyAndUntrustedTextStaysData() throws Exception {
    var r = get("/api/articles");
    assertThat(r.headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'self'");
    assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    String farmers = json(get("/api/search?q=farmers")).get(0).get("article_id").asText();
    assertThat(json(get("/api/articles/" + farmers)).get("text").asText()).contains("<script>alert('x')</script>");
  }

  @Test
  void extractionTakesOneArticleAndRefusesBadBodies() throws Exception {
    var ok = post(server.port(), "/api/extract", "{\"text\":\"Police in Lagos arrested two journalists on Monday.\","
        + "\"published\":\"2024-03-15\"}", Optional.empty());
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(json(ok).get("events").get(0).get("cameo").asText()).startsWith("17");
    assertThat(post(server.port(), "/api/extract", "{not json", Optional.empty()).statusCode()).isEqualTo(400);
    assertThat(post(server.port(), "/api/extract", "{\"title\":\"no text\"}", Optional.empty()).statusCode()).isEqualTo(400);
    // A body over the bound is refused from its declared length, before it is read.
    try (var socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write(("POST /api/extract HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + (4 << 20) + "\r\n\r\n{\"text\":\"").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream())).readLine();
      assertThat(status).contains("413");
    }
    assertThat(get("/api/extract").statusCode()).isEqualTo(405);
  }

  @Test
  void beyondThisMachineWritesNeedTheToken() throws Exception {
    assertThatThrownBy(() -> new ApiServer("0.0.0.0", 0, store, () -> pipeline, Optional.empty()))
        .isInstanceOf(BadInputException.class).hasMessageContaining("--token");
    try (var open = new ApiServer("0.0.0.0", 0, store, () -> pipeline, Optional.of("s3cret"))) {
      open.start();
      String body = "{\"text\":\"Police in Lagos arrested two journalists on Monday.\"}";
      assertThat(post(open.port(), "/api/extract", body, Optional.empty()).statusCode()).isEqualTo(401);
      assertThat(post(open.port(), "/api/extract", body, Optional.of("wrong")).statusCode()).isEqualTo(401);
      assertThat(post(open.port(), "/api/extract", body, Optional.of("s3cret")).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void thePagesShowArticlesActorsDyadsAndQuotesWithUntrustedTextEscaped() throws Exception {
    var home = get("/");
    assertThat(home.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
    assertThat(home.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(home.body()).contains("Latest articles");
    String farmers = json(get("/api/search?q=farmers")).get(0).get("article_id").asText();
    String page = get("/article/" + farmers).body();
    assertThat(page).contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;").doesNotContain("<script>alert");
    assertThat(page).contains("&amp;amp; more");
    String visit = json(get("/api/search?q=scholz")).get(0).get("article_id").asText();
    String visitPage = get("/article/" + visit).body();
    assertThat(visitPage).contains("class=\"actor\" href=\"/actor?name=Olaf+Scholz\"").contains("class=\"event\"");
    assertThat(get("/actor?name=Olaf%20Scholz").body()).contains("partners for the long run").contains("DEUGOV");
    String dyad = get("/dyad?pair=DEU-IND").body();
    assertThat(dyad).contains("<svg").contains("verbal cooperation").contains("visited India on Tuesday");
    assertThat(get("/quotes?speaker=scholz").body()).contains("partners for the long run");
    var csv = get("/csv/events?dyad=DEU-IND");
    assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    assertThat(csv.body()).startsWith(String.join(",", EventCsv.COLUMNS)).contains("DEUGOV");
    assertThat(get("/static/parley.css").body()).contains(".actor");
    assertThat(get("/csv/quotes?speaker=scholz").body()).startsWith("published,speaker").contains("partners for the long run");
    assertThat(get("/csv/actors?name=scholz").body()).contains("Olaf Scholz,PERSON,DEU,GOV,DEUGOV,1");
    assertThat(get("/csv/articles?q=tractors").body()).startsWith("article_id,published,title,url").contains(farmers);
    assertThat(get("/csv/roles?name=Olaf%20Scholz").body()).containsIgnoringCase("chancellor");
    // Marked by a class: the text's own quotation marks are inside, and a <q> would draw a second pair.
    assertThat(visitPage).contains("<span class=\"quote direct\" title=\"direct quote by Olaf Scholz\">");
    String map = get("/map").body();
    assertThat(map).contains("<svg").contains("<path d=\"M").contains("events have a known place");
    assertThat(get("/nowhere").statusCode()).isEqualTo(404);
    assertThat(get("/article/nope").statusCode()).isEqualTo(404);
  }
}
