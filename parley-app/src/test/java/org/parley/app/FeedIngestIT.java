package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Stores;

/**
 * Feeds and pages served from a loopback HTTP server: RSS and Atom, malformed XML, a doctype
 * entity, Latin-1 pages, redirects and a redirect loop, 404 and 500, a slow server, a 50 MB page,
 * a syndicated copy — ingested into both stores.
 */
class FeedIngestIT {
  static HttpServer server;
  static String base;
  static List<String> stories = new ArrayList<>();

  @BeforeAll
  static void serve() throws IOException {
    try (InputStream in = FeedIngestIT.class.getResourceAsStream("/fixtures/stories.txt")) {
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.startsWith("#") && !l.isBlank()).forEach(stories::add);
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    for (int i = 0; i < stories.size(); i++) {
      String page = page("Story " + i, stories.get(i));
      server.createContext("/story/" + i + ".html", ex -> send(ex, 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8)));
    }
    // A Latin-1 page that says so in its header, and one that says so only in its markup.
    String latin = "El presidente de Colombia, Gustavo Petro, se reunió con líderes indígenas.";
    server.createContext("/latin-header.html", ex -> send(ex, 200, "text/html; charset=ISO-8859-1",
        page("Story Latin", stories.get(11) + " Officials in Bogotá welcomed the extension.").getBytes(Charset.forName("ISO-8859-1"))));
    server.createContext("/latin-meta.html", ex -> send(ex, 200, "text/html",
        ("<html><head><meta charset=\"windows-1252\"><title>Accents</title></head><body><article><p>"
            + stories.get(10) + " The minister in Berlin said the expulsions were \u201cnecessary\u201d.</p><p>" + latin
            + "</p></article></body></html>").getBytes(Charset.forName("windows-1252"))));
    server.createContext("/copy.html", ex -> send(ex, 200, "text/html; charset=utf-8",
        page("Story 0 (syndicated)", stories.get(0)).getBytes(StandardCharsets.UTF_8)));
    server.createContext("/moved", ex -> redirect(ex, "/story/3.html"));
    server.createContext("/loop", ex -> redirect(ex, "/loop"));
    server.createContext("/error", ex -> send(ex, 500, "text/plain", "boom".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/slow", ex -> {
      sleep(7000);
      send(ex, 200, "text/html", page("Slow", stories.get(4)).getBytes(StandardCharsets.UTF_8));
    });
    server.createContext("/huge", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
        out.flush();
        byte[] chunk = "<p>padding padding padding padding</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        for (long sent = 0; sent < 50L << 20; sent += chunk.length) {
          out.write(chunk);
        }
      } catch (IOException closedByClient) {
        // the fetcher stops reading at its limit
      }
    });
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Example Wire</title>");
    for (int i = 0; i < 6; i++) {
      rss.append(item(base + "/story/" + i + ".html", "Story " + i));
    }
    for (String bad : List.of("/missing.html", "/error", "/slow", "/huge", "/loop")) {
      rss.append(item(base + bad, "Bad " + bad));
    }
    rss.append(item(base + "/moved", "Moved story")).append("</channel></rss>");
    byte[] rssBytes = rss.toString().getBytes(StandardCharsets.UTF_8);
    server.createContext("/rss.xml", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        ex.sendResponseHeaders(304, -1);
        ex.close();
        return;
      }
      ex.getResponseHeaders().set("ETag", "\"v1\"");
      send(ex, 200, "application/rss+xml", rssBytes);
    });
    StringBuilder atom = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>Example Daily</title><id>urn:example:daily</id><updated>2024-03-15T10:00:00Z</updated>");
    for (int i = 6; i < 10; i++) {
      atom.append(entry(base + "/story/" + i + ".html", "Story " + i));
    }
    atom.append(entry(base + "/latin-header.html", "Latin header")).append(entry(base + "/latin-meta.html", "Latin meta"))
        .append(entry(base + "/copy.html", "Syndicated copy")).append("</feed>");
    byte[] atomBytes = atom.toString().getBytes(StandardCharsets.UTF_8);
    server.createContext("/atom.xml", ex -> send(ex, 200, "application/atom+xml", atomBytes));
    server.createContext("/broken.xml", ex -> send(ex, 200, "application/rss+xml",
        "<rss><channel><title>Broken<item></channel>".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/xxe.xml", ex -> send(ex, 200, "application/rss+xml", ("<?xml version=\"1.0\"?><!DOCTYPE rss ["
        + "<!ENTITY secret SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&secret;</title></channel></rss>")
        .getBytes(StandardCharsets.UTF_8)));
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  static String page(String title, String story) {
    return "<!doctype html><html><head><title>" + title + "</title><meta property=\"article:published_time\" content=\"2024-03-15\">"
        + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1><p>"
        + story + "</p></article><aside>Most read: markets rally</aside><footer>(c) Example Media</footer></body></html>";
  }

  static String item(String link, String title) {
    return "<item><title>" + title + "</title><link>" + link + "</link><pubDate>Fri, 15 Mar 2024 10:00:00 GMT</pubDate></item>";
  }

  static String entry(String link, String title) {
    return "<entry><title>" + title + "</title><id>" + link + "</id><link href=\"" + link + "\"/><updated>2024-03-15T10:00:00Z</updated></entry>";
  }

  static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  static void redirect(HttpExchange ex, String to) throws IOException {
    ex.getResponseHeaders().set("Location", to);
    ex.sendResponseHeaders(301, -1);
    ex.close();
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String[] run(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var cmd = ParleyCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int status = cmd.execute(args);
    return new String[] {Integer.toString(status), out.toString(), err.toString()};
  }

  static String[] ingest(String store, String... urls) {
    List<String> args = new ArrayList<>(List.of("ingest", "--store", store, "--allow-private", "--timeout", "4",
        "--politeness", "0", "--max-bytes", "5000000", "--published", "2024-03-15"));
    args.addAll(List.of(urls));
    return run(args.toArray(String[]::new));
  }

  @Test
  void feedsIntoTheEmbeddedStore(@TempDir Path dir) {
    exercise(dir.resolve("store").toString());
  }

  @Test
  void feedsIntoPostgresql() throws Exception {
    String url = System.getenv().getOrDefault("PARLEY_TEST_POSTGRES", "");
    assumeTrue(!url.isEmpty(), "PARLEY_TEST_POSTGRES is not set");
    try (var c = DriverManager.getConnection(Stores.jdbcUrl(url)); var s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
    }
    exercise(url);
  }

  private static void exercise(String store) {
    String[] first = ingest(store, base + "/rss.xml", base + "/atom.xml", base + "/broken.xml", base + "/xxe.xml");
    // 12 stories; the redirected item is story 3 again (exact copy), the syndicated page story 0 under
    // another headline (near copy); 5 bad pages and 2 bad feeds are reported.
    assertThat(first[1]).contains("12 added, 0 updated, 1 exact duplicate(s) and 1 near duplicate(s)").contains("7 rejected");
    assertThat(first[2])
        .contains("/missing.html: HTTP 404")
        .contains("/error: HTTP 500")
        .contains("/slow: no answer within 4 s")
        .contains("/huge: response larger than the limit")
        .contains("/loop: more than 5 redirects")
        .contains("broken.xml: not a readable RSS or Atom feed")
        .contains("xxe.xml: not a readable RSS or Atom feed");
    assertThat(first[0]).isEqualTo("2");

    String latin = run("query", "search", "--store", store, "Bogotá")[1];
    assertThat(latin).contains("latin-header.html");
    String quotes = run("export", "--store", store, "--format", "jsonl")[1];
    assertThat(quotes).contains("se reunió con líderes indígenas").contains("\u201cnecessary\u201d").doesNotContain("Most read");

    String[] again = ingest(store, base + "/rss.xml", base + "/atom.xml");
    assertThat(again[2]).contains("/rss.xml: not modified").contains("/atom.xml: 0 new item(s)");
    assertThat(again[1]).contains("0 added");
  }

  @Test
  void withoutPermissionFeedsCannotReachThisMachine(@TempDir Path dir) {
    String[] refused = run("ingest", "--store", dir.resolve("store").toString(), base + "/rss.xml");
    assertThat(refused[2]).contains("127.0.0.1 is a private or local address");
    assertThat(refused[1]).contains("0 added");
    String[] scheme = run("ingest", "--store", dir.resolve("store").toString(), "--allow-private", "http://127.0.0.1:1/none.xml");
    assertThat(scheme[2]).contains("none.xml");
  }

  @Test
  void aWarcArchiveIngestsItsHtmlPages(@TempDir Path dir) throws IOException {
    StringBuilder warc = new StringBuilder();
    for (int i = 0; i < 2; i++) {
      String html = page("Archived " + i, stories.get(i + 2));
      String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
          + html.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + html;
      int length = http.getBytes(StandardCharsets.UTF_8).length;
      warc.append("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000").append(i)
          .append(">\r\nWARC-Date: 2024-03-1").append(i + 1).append("T10:00:00Z\r\nWARC-Target-URI: https://archive.example/story/")
          .append(i).append("\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ").append(length)
          .append("\r\n\r\n").append(http).append("\r\n\r\n");
    }
    Path file = dir.resolve("crawl.warc");
    Files.writeString(file, warc.toString());
    String[] result = run("ingest", "--store", dir.resolve("store").toString(), file.toString());
    assertThat(result[1]).contains("2 added");
    assertThat(run("query", "search", "--store", dir.resolve("store").toString(), "lodged")[1]).contains("archive.example/story/0");
  }
}
