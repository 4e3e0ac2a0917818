package org.parley.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.parley.store.Store;
import org.parley.store.Stores;

/** The web UI's pages over a store of hand-built records: what a person sees, without a browser or CoreNLP. */
class WebPagesTest {
  @TempDir static Path dir;
  static Store store;
  static ApiServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  static final String TALKS = "Chile's foreign minister met Peru's ambassador in Lima on Tuesday. \"We will keep talking,\" "
      + "the minister said. She said that the border would stay open.";
  static final String ROAD = "Peru accused Bolivia on Friday of blocking a border road. Bolivia imposed sanctions on two Peruvian firms.";
  static final String UNTITLED = "Ecuador's president visited Colombia in March.";

  @BeforeAll
  static void start() throws Exception {
    store = Stores.open(dir.resolve("store").toString());
    store.put(new HandRecords("talks", "Chile and Peru hold talks", "2024-04-10", TALKS)
        .actor("a1", "Chilean foreign minister", "PERSON", "CHLGOV", "Chile's foreign minister")
        .actor("a2", "Peruvian ambassador", "PERSON", "PERGOV", "Peru's ambassador")
        .event("040", "CONSULT", "a1", "CHLGOV", "a2", "PERGOV", "2024-04-09", 1, 1.0, "asserted", "met", "Chile's foreign minister met "
            + "Peru's ambassador in Lima on Tuesday.")
        .at("Lima", "PER", -12.05, -77.04)
        .quote("direct", "\"We will keep talking,\"", "a1")
        .quote("indirect", "the border would stay open", "a1")
        .build(), "s1");
    store.put(new HandRecords("road", "Peru accuses Bolivia over road", "2024-06-22", ROAD)
        .actor("a1", "Peru", "COUNTRY", "PER", "Peru")
        .actor("a2", "Bolivia", "COUNTRY", "BOL", "Bolivia")
        .event("112", "ACCUSE", "a1", "PER", "a2", "BOL", "2024-06-21", 3, -2.0, "asserted", "accused", "Peru accused Bolivia on Friday "
            + "of blocking a border road.")
        .event("163", "SANCTION", "a2", "BOL", "a1", "PER", "2024-06", 4, -8.0, "asserted", "imposed sanctions", "Bolivia imposed "
            + "sanctions on two Peruvian firms.")
        .build(), "s2");
    store.put(new HandRecords("odd id+50%", "An id with a plus and a per cent sign", "2022-01-01", UNTITLED)
        .url("javascript:alert(1)").build(), "s4");
    store.put(new HandRecords("untitled", "", "2023-03-30", UNTITLED)
        .actor("a1", "Ecuadorian president", "PERSON", "ECUGOV", "Ecuador's president")
        .actor("a2", "Colombia", "COUNTRY", "COL", "Colombia")
        .event("042", "CONSULT", "a1", "ECUGOV", "a2", "COL", "2023-03", 1, 1.9, "asserted", "visited", UNTITLED)
        .build(), "s3");
    server = new ApiServer("127.0.0.1", 0, store, () -> {
      throw new IllegalStateException("no pipeline in this test");
    }, Optional.empty());
    server.start();
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static HttpResponse<String> send(String method, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A request as written, through a socket: the JDK's client will neither send a malformed URI nor set Host. */
  static String raw(String requestLine, String host) throws Exception {
    try (var socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write((requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Document page(String path) throws Exception {
    HttpResponse<String> r = send("GET", path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(r.body());
  }

  @Test
  void theLatestArticlesAreInDateOrderAndAnUntitledOneSaysSo() throws Exception {
    Document home = page("/");
    List<String> dates = home.select("table.articles tr td.date").eachText();
    assertThat(dates).containsExactly("2024-06-22", "2024-04-10", "2023-03-30", "2022-01-01");
    assertThat(home.select("table.articles a").eachText()).contains("(untitled article)").doesNotContain("untitled");
  }

  @Test
  void headAnswersLikeGetWithoutABody() throws Exception {
    HttpResponse<String> head = send("HEAD", "/");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(head.body()).isEmpty();
  }

  @Test
  void anUnknownPageOrActorIsAnHtmlNotFoundPage() throws Exception {
    for (String path : List.of("/no/such/page", "/actor?name=Nobody+Here", "/article/nope")) {
      HttpResponse<String> r = send("GET", path);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
      assertThat(Jsoup.parse(r.body()).select("h1").text()).isEqualTo("Not found");
    }
    assertThat(send("GET", "/api/nope").headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
  }

  @Test
  void actorsCanBeBrowsedAndEachLinksToItsPage() throws Exception {
    Document actors = page("/actors");
    assertThat(actors.select("table.actors a").eachText()).contains("Peru", "Bolivia", "Chilean foreign minister");
    Document peru = page("/actor?name=Peru");
    assertThat(peru.select("h1").text()).isEqualTo("Peru");
  }

  @Test
  void eventsAreFoundByEvidenceTriggerActorsAndCodeName() throws Exception {
    // "sanctions" is in one evidence sentence; "consult" only in the name of code 040.
    assertThat(page("/?q=sanctions").select("table.events td a[href^=/article/]").eachText())
        .singleElement().asString().contains("imposed sanctions");
    assertThat(page("/?q=consult").select("table.events td a[href^=/article/]").eachText())
        .singleElement().asString().contains("met Peru's ambassador");
    assertThat(page("/?q=Bolivia").select("table.events tr").size() - 1).isEqualTo(2);
  }

  @Test
  void everyEmptyTableSaysNoResults() throws Exception {
    Document none = page("/?q=" + URLEncoder.encode("zeppelin", StandardCharsets.UTF_8));
    assertThat(none.select("table")).hasSize(3).allSatisfy(t -> assertThat(t.select("td.empty").text()).isEqualTo("no results"));
    assertThat(page("/events?country=FRA").select("table.events td.empty").text()).isEqualTo("no results");
  }

  @Test
  void directQuotesGetOnePairOfMarksAndIndirectOnesNone() throws Exception {
    Document article = page("/article/talks");
    assertThat(article.select("article q")).isEmpty();
    assertThat(article.select("article span.quote.direct").text()).isEqualTo("\"We will keep talking,\"");
    assertThat(article.select("table.quotes q.direct").text()).isEqualTo("We will keep talking,");
    assertThat(article.select("table.quotes span.indirect").text()).isEqualTo("the border would stay open");
    assertThat(article.select("table.quotes td").eachText()).noneMatch(t -> t.startsWith("\"the border"));
  }

  @Test
  void theEventFiltersNarrowTheTableAndItsDownload() throws Exception {
    Document conflict = page("/events?root=11&from=2024-01-01&to=2024-12-31&modality=asserted");
    assertThat(conflict.select("table.events tr").size() - 1).isEqualTo(1);
    assertThat(conflict.select("select[name=root] option[selected]").attr("value")).isEqualTo("11");
    String csv = conflict.select("a[href^=/csv/events]").attr("href");
    assertThat(csv).contains("root=11").contains("from=2024-01-01").contains("modality=asserted");
    String body = send("GET", csv).body();
    assertThat(body.lines().count()).isEqualTo(2);
    assertThat(body).contains("accused").doesNotContain("sanctions");
    assertThat(page("/events?country=per").select("table.events tr").size() - 1).isEqualTo(3);
  }

  @Test
  void aBadFilterIsToldOnThePage() throws Exception {
    HttpResponse<String> r = send("GET", "/events?modality=maybe");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(r.body()).select("p.error").text()).contains("modality maybe").contains("asserted, planned, possible, negated");
  }

  @Test
  void theDyadsLinkOpensTheBusiestDyadOfTheStore() throws Exception {
    Document dyads = page("/dyad");
    assertThat(dyads.select("h1").text()).isEqualTo("Dyad BOL-PER");
    assertThat(dyads.select("a.dyad").eachText()).containsExactly("BOL-PER", "CHL-PER", "COL-ECU");
    assertThat(dyads.select("svg text.axis-label").eachText()).contains("events per day", "mean Goldstein score", "event date");
    assertThat(dyads.select("svg rect.month-only")).hasSize(1);
  }

  @Test
  void theMapHasALegend() throws Exception {
    assertThat(page("/map").select("ul.legend li").eachText())
        .containsExactly("verbal cooperation", "material cooperation", "verbal conflict", "material conflict");
  }

  @Test
  void theMapShowsTheEventsWithAKnownPlace() throws Exception {
    Document map = page("/map");
    assertThat(map.select("p.muted").text()).contains("1 of 4 events have a known place");
    assertThat(map.select("svg title").eachText()).anyMatch(t -> t.startsWith("Lima: 040 CONSULT CHLGOV"));
  }

  @Test
  void anIdWithAPlusOrAPerCentSignOpensFromItsOwnLink() throws Exception {
    String link = page("/").select("a:contains(An id with a plus)").attr("href");
    assertThat(link).isEqualTo("/article/odd%20id%2B50%25");
    assertThat(page(link).select("h1").text()).isEqualTo("An id with a plus and a per cent sign");
    assertThat(send("GET", "/api/articles/odd%20id%2B50%25").statusCode()).isEqualTo(200);
  }

  @Test
  void aStoredAddressThatIsNotHttpIsNeverALiveLink() throws Exception {
    Document article = page("/article/odd%20id%2B50%25");
    assertThat(article.select("a[href^=javascript]")).isEmpty();
    assertThat(article.select("p.muted").text()).contains("javascript:alert(1)");
  }

  @Test
  void theLatestArticlesAreTheNewestPublishedFirst() throws Exception {
    var list = new com.fasterxml.jackson.databind.ObjectMapper().readTree(send("GET", "/api/articles").body());
    List<String> ids = new java.util.ArrayList<>();
    list.forEach(a -> ids.add(a.get("id").asText()));
    // By publication date, not by id: the ids sort as "odd ...", "road", "talks", "untitled".
    assertThat(ids).containsExactly("road", "talks", "untitled", "odd id+50%");
    assertThat(list.get(0).get("events").asInt()).isEqualTo(2);
    assertThat(page("/").select("a[href^=/article/]").eachText().get(0)).isEqualTo("Peru accuses Bolivia over road");
  }

  @Test
  void eventPagesFollowOneAnotherWithoutGapOrOverlap() throws Exception {
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    List<String> seen = new java.util.ArrayList<>();
    for (int page = 0; page < 3; page++) {
      var items = json.readTree(send("GET", "/api/events?size=2&page=" + page).body()).get("items");
      items.forEach(e -> seen.add(e.get("date").asText()));
    }
    assertThat(seen).containsExactly("2023-03", "2024-04-09", "2024-06", "2024-06-21");
  }

  @Test
  void clientMistakesAre400sThatNameNoPath() throws Exception {
    HttpResponse<String> overflow = send("GET", "/api/events?page=2147483647&size=1000");
    assertThat(overflow.statusCode()).isEqualTo(400);
    HttpResponse<String> huge = send("GET", "/api/events?actor=" + "a".repeat(60_000));
    assertThat(huge.statusCode()).isEqualTo(400);
    assertThat(huge.body()).contains("longer than").doesNotContain(dir.toString());
    assertThat(raw("GET /api/events?actor=%zz HTTP/1.1", "127.0.0.1")).startsWith("HTTP/1.1 400");
    assertThat(raw("GET /article/100%25%zz HTTP/1.1", "127.0.0.1")).startsWith("HTTP/1.1 4");
  }

  @Test
  void aForeignHostNameIsRefusedOnThisMachine() throws Exception {
    // DNS rebinding: a page elsewhere whose name now points at 127.0.0.1.
    assertThat(raw("GET /api/articles HTTP/1.1", "attacker.example")).startsWith("HTTP/1.1 421");
    assertThat(raw("GET /api/articles HTTP/1.1", "localhost:" + server.port())).startsWith("HTTP/1.1 200");
    assertThat(send("GET", "/api/articles").statusCode()).isEqualTo(200);
  }

  @Test
  void slowClientsDoNotStopTheServerAnsweringOthers() throws Exception {
    List<java.net.Socket> slow = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < ApiServer.HANDLERS + 4; i++) {
        var s = new java.net.Socket("127.0.0.1", server.port());
        s.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
        slow.add(s);
      }
      var client = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();
      var answer = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/articles"))
          .timeout(java.time.Duration.ofSeconds(ApiServer.MAX_REQUEST_SECONDS * 3L)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(200);
    } finally {
      for (var s : slow) {
        s.close();
      }
    }
  }

  @Test
  void aTokenGivenIsAskedForOnThisMachineTooAndOnlyJsonIsExtracted() throws Exception {
    try (var guarded = new ApiServer("127.0.0.1", 0, store, () -> {
      throw new IllegalStateException("no pipeline in this test");
    }, Optional.of("t0ken"))) {
      guarded.start();
      URI extract = URI.create("http://127.0.0.1:" + guarded.port() + "/api/extract");
      var noToken = HTTP.send(HttpRequest.newBuilder(extract).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Peru voted.\"}")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(noToken.statusCode()).isEqualTo(401);
      // What a cross-site form can send without asking: text/plain.
      var form = HTTP.send(HttpRequest.newBuilder(extract).header("Content-Type", "text/plain").header("Authorization", "Bearer t0ken")
          .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Peru voted.\"}")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(form.statusCode()).isEqualTo(415);
    }
    var unguarded = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/extract"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("text=Peru+voted"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(unguarded.statusCode()).isEqualTo(415);
  }
}
