package org.parley.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;
import org.parley.core.json.ExtractionJson;

/**
 * The bundled sample articles served as an RSS feed with one HTML page per article, on a loopback
 * port: tests ingest them through the same feed path as any news site.
 */
final class SampleFeed implements AutoCloseable {
  private final HttpServer server;

  SampleFeed(Path samplesJsonl) throws IOException {
    List<JsonNode> articles = new ArrayList<>();
    for (String line : Files.readAllLines(samplesJsonl)) {
      if (!line.isBlank()) {
        articles.add(ExtractionJson.mapper().readTree(line));
      }
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Parley samples</title><link>" + base + "/</link><description>Sample articles written for Parley</description>\n");
    for (int i = 0; i < articles.size(); i++) {
      JsonNode a = articles.get(i);
      String title = a.path("title").asText("Sample " + (i + 1));
      String page = "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + Entities.escape(title) + "</title>"
          + "<meta property=\"article:published_time\" content=\"" + a.path("published").asText("") + "\"></head><body>"
          + "<nav><a href=\"/\">Home</a></nav><article><h1>" + Entities.escape(title) + "</h1>"
          + paragraphs(a.path("text").asText()) + "</article><footer>Parley samples</footer></body></html>";
      byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
      server.createContext("/articles/" + (i + 1) + ".html", exchange -> {
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
      });
      rss.append("<item><title>").append(Entities.escape(title)).append("</title><link>").append(base)
          .append("/articles/").append(i + 1).append(".html</link></item>\n");
    }
    byte[] feed = rss.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    server.createContext("/feed.xml", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
      exchange.sendResponseHeaders(200, feed.length);
      exchange.getResponseBody().write(feed);
      exchange.close();
    });
    server.start();
  }

  String feedUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
  }

  private static String paragraphs(String text) {
    StringBuilder out = new StringBuilder();
    for (String p : text.split("\\n\\s*\\n")) {
      if (!p.isBlank()) {
        out.append("<p>").append(Entities.escape(p.strip())).append("</p>");
      }
    }
    return out.toString();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
