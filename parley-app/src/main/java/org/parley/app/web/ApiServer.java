package org.parley.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.parley.core.article.Article;
import org.parley.core.error.BadInputException;
import org.parley.core.json.ExtractionJson;
import org.parley.pipeline.Pipeline;
import org.parley.store.EventQuery;
import org.parley.store.QuoteQuery;
import org.parley.store.Store;

/**
 * Parley's HTTP API over a store: JSON, described at {@code /openapi.json}. Every response carries
 * a Content-Security-Policy; request bodies are bounded; when the server listens beyond loopback,
 * writing endpoints need the bearer token.
 */
public final class ApiServer implements AutoCloseable {
  static final int MAX_BODY = 1 << 20;
  private static final int MAX_PAGE = 1000;
  private static final int MAX_PARAMETER = 1000;
  private static final int MAX_ROWS = 1_000_000;
  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "object-src 'none'; frame-ancestors 'none'; base-uri 'none'";
  // snake_case throughout, as in the extraction record itself.
  private static final ObjectMapper JSON = ExtractionJson.mapper().copy()
      .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE);

  private final HttpServer server;
  private final Store store;
  private final Supplier<Pipeline> pipeline;
  private final Optional<String> token;
  private final boolean loopbackOnly;
  private final HomePage home;
  private final ArticlePage article;
  private final ActorPages actors;
  private final EventPages events;
  private final QuotesPage quotes;
  private final MapPage map;
  private static final byte[] STYLE = style();
  /** Handler threads: a few slow clients may hold some, never all (each is cut off at MAX_REQUEST_SECONDS). */
  static final int HANDLERS = 32;
  static final int MAX_REQUEST_SECONDS = 10;

  static {
    // The JDK's server reads a request on a handler thread with no time limit of its own; these
    // properties (read once, when the first server is made) close a connection whose request or
    // response has not gone through in time.
    System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime",
        Integer.toString(MAX_REQUEST_SECONDS)));
    System.setProperty("sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", "60"));
    // Without it a response's last segment waits for the client's delayed acknowledgement: about
    // 40 ms added to every request on Linux.
    System.setProperty("sun.net.httpserver.nodelay", System.getProperty("sun.net.httpserver.nodelay", "true"));
  }

  /**
   * @param pipeline loaded on the first extraction request
   * @param token the bearer token writes need; required when {@code host} is not a loopback address
   */
  public ApiServer(String host, int port, Store store, Supplier<Pipeline> pipeline, Optional<String> token) throws IOException {
    this.store = store;
    this.pipeline = pipeline;
    this.token = token;
    var address = new InetSocketAddress(host, port);
    this.loopbackOnly = address.getAddress().isLoopbackAddress();
    if (!loopbackOnly && token.isEmpty()) {
      throw new BadInputException("listening on " + host + " beyond this machine needs --token for the writing endpoints");
    }
    this.home = new HomePage(store);
    this.article = new ArticlePage(store);
    this.actors = new ActorPages(store);
    this.events = new EventPages(store);
    this.quotes = new QuotesPage(store);
    this.map = new MapPage(store);
    this.server = HttpServer.create(address, 0);
    server.setExecutor(Executors.newFixedThreadPool(HANDLERS));
    server.createContext("/", this::handle);
  }

  public void start() {
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      ex.getResponseHeaders().set("Content-Security-Policy", CSP);
      ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
      try {
        Object body = route(ex);
        if (body instanceof Page page) {
          send(ex, 200, page.type(), page.body());
        } else {
          // An extraction record is written exactly as the CLI writes it: the published contract.
          ObjectMapper mapper = body instanceof org.parley.core.record.Extraction ? ExtractionJson.mapper() : JSON;
          send(ex, 200, "application/json; charset=utf-8", mapper.writeValueAsBytes(body));
        }
      } catch (ApiException e) {
        error(ex, e.status, e.getMessage());
      } catch (BadInputException e) {
        error(ex, 400, e.getMessage());
      } catch (RuntimeException e) {
        // The details (paths, SQL) are for the server's operator, not for whoever asked.
        System.err.println("parley serve: internal error on " + ex.getRequestURI().getPath() + ": " + e);
        error(ex, 500, "internal error; the server's log says more");
      }
    }
  }

  /** An error as the asker reads it: JSON for the API, an HTML page for a person in the browser. */
  private static void error(HttpExchange ex, int status, String message) throws IOException {
    String path = ex.getRequestURI().getPath();
    if (path.startsWith("/api/") || path.equals("/openapi.json")) {
      send(ex, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(Map.of("error", message)));
      return;
    }
    String title = status == 404 ? "Not found" : status >= 500 ? "Something went wrong" : "Cannot show this";
    String html = new Html().page(title).raw("<p class=\"error\">").t(message)
        .raw("</p><p><a href=\"/\">Back to the start page</a></p>").done();
    send(ex, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  private Object route(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String method = ex.getRequestMethod();
    if (loopbackOnly && !localHost(ex.getRequestHeaders().getFirst("Host"))) {
      // A page elsewhere that rebinds its own name to 127.0.0.1 must not read this machine's store.
      throw new ApiException(421, "this server answers only to 127.0.0.1, localhost or [::1], not to the host name "
          + ex.getRequestHeaders().getFirst("Host"));
    }
    Map<String, String> q = query(ex.getRequestURI().getRawQuery());
    if (path.equals("/api/extract")) {
      if (!method.equals("POST")) {
        throw new ApiException(405, "use POST for /api/extract");
      }
      return extract(ex);
    }
    if (!method.equals("GET") && !method.equals("HEAD")) {
      throw new ApiException(405, method + " is not allowed on " + path);
    }
    if (!path.startsWith("/api/") && !path.equals("/openapi.json")) {
      return page(path, q);
    }
    return switch (path) {
      case "/openapi.json" -> OpenApi.document();
      case "/api/articles" -> articles(intParam(q, "limit", 50));
      case "/api/events" -> eventPage(q);
      case "/api/actors" -> store.actors(q.getOrDefault("name", ""), intParam(q, "limit", 100));
      case "/api/quotes" -> store.quotes(new QuoteQuery(opt(q, "speaker"), opt(q, "words"), intParam(q, "limit", 100)));
      case "/api/search" -> store.search(opt(q, "q").orElseThrow(() -> new ApiException(400, "parameter q (the words to search) is required")),
          intParam(q, "limit", 20));
      case "/api/stats" -> store.daily(EventParams.query(q, MAX_PAGE * 10));
      default -> {
        if (path.startsWith("/api/articles/")) {
          // The URI's path is decoded once already: a second decoding would turn "+" into a space.
          String id = path.substring("/api/articles/".length());
          yield store.article(id).orElseThrow(() -> new ApiException(404, "no article " + id));
        }
        throw new ApiException(404, "no such endpoint: " + path);
      }
    };
  }

  /** A response that is not JSON: an HTML page, the style sheet, a CSV download. */
  private record Page(String type, byte[] body) {
    static Page html(String html) {
      return new Page("text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }
  }

  private Page page(String path, Map<String, String> q) {
    return switch (path) {
      case "/" -> Page.html(home.render(q));
      case "/actor" -> Page.html(actors.actor(q));
      case "/actors" -> Page.html(actors.list(q));
      case "/events" -> Page.html(events.events(q));
      case "/dyad" -> Page.html(events.dyad(q));
      case "/quotes" -> Page.html(quotes.render(q));
      case "/map" -> Page.html(map.render(q));
      case "/static/parley.css" -> new Page("text/css; charset=utf-8", STYLE);
      case "/csv/events" -> csv(org.parley.app.EventCsv.lines(store.events(EventParams.query(q, 100_000))));
      case "/csv/quotes" -> csv(org.parley.app.EventCsv.table(List.of("published", "speaker", "speaker_code", "kind", "quote", "article_id"),
          store.quotes(new QuoteQuery(opt(q, "speaker"), opt(q, "words"), 100_000)).stream().map(r -> List.of(
              r.published().orElse(""), r.speakerName().orElse(""), r.speakerCode().orElse(""), r.kind(), r.text(), r.articleId()))
              .toList()));
      case "/csv/actors" -> csv(org.parley.app.EventCsv.table(List.of("name", "kind", "country", "sector", "code", "articles"),
          store.actors(q.getOrDefault("name", ""), 100_000).stream().map(a -> List.of(a.name(), a.kind(), a.country().orElse(""),
              a.sector().orElse(""), a.code().orElse(""), Long.toString(a.articles()))).toList()));
      case "/csv/articles" -> csv(org.parley.app.EventCsv.table(List.of("article_id", "published", "title", "url"),
          (opt(q, "q").isPresent() ? store.search(q.get("q"), 100_000).stream()
              .map(a -> List.of(a.articleId(), a.published().orElse(""), a.title().orElse(""), a.url().orElse("")))
              : store.latest(100_000).stream()
                  .map(r -> List.of(r.articleId(), r.published().orElse(""), r.title().orElse(""), r.url().orElse("")))).toList()));
      case "/csv/roles" -> csv(org.parley.app.EventCsv.table(List.of("published", "role", "code", "article_id"),
          store.roles(q.getOrDefault("name", "")).stream().map(r -> List.of(r.published().orElse(""), r.role().orElse(""),
              r.code().orElse(""), r.articleId())).toList()));
      default -> {
        if (path.startsWith("/article/")) {
          yield Page.html(article.render(path.substring("/article/".length())));
        }
        throw new ApiException(404, "There is no page " + path + " here.");
      }
    };
  }

  private static Page csv(List<String> lines) {
    return new Page("text/csv; charset=utf-8", String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  /** The latest articles, newest first, from the store's own list: no record is read. */
  private Object articles(int limit) {
    return store.latest(limit).stream()
        .map(r -> Map.of("id", r.articleId(), "title", r.title().orElse(""), "published", r.published().orElse(""),
            "url", r.url().orElse(""), "events", r.events(), "quotes", r.quotes(), "language", r.language(),
            "analysed", r.notAnalysed().isEmpty()))
        .toList();
  }

  private Object eventPage(Map<String, String> q) {
    int page = intParam(q, "page", 0);
    int size = intParam(q, "size", 100);
    if (size > MAX_PAGE) {
      throw new ApiException(400, "size may be at most " + MAX_PAGE);
    }
    if (((long) page + 1) * size > MAX_ROWS) {
      throw new ApiException(400, "page " + page + " of size " + size + " reaches beyond the first " + MAX_ROWS
          + " events; narrow the filters instead");
    }
    List<?> items = store.events(EventParams.query(q, Math.max(1, size)).withOffset(page * size));
    return Map.of("page", page, "size", size, "items", items);
  }

  private Object extract(HttpExchange ex) throws IOException {
    // A token given is always asked for, on this machine too.
    if (token.isPresent()) {
      String auth = Optional.ofNullable(ex.getRequestHeaders().getFirst("Authorization")).orElse("");
      if (!java.security.MessageDigest.isEqual(auth.getBytes(StandardCharsets.UTF_8),
          ("Bearer " + token.get()).getBytes(StandardCharsets.UTF_8))) {
        throw new ApiException(401, "this endpoint needs the server's bearer token");
      }
    }
    // A cross-site form can post only text/plain, form or multipart bodies without asking first.
    String type = Optional.ofNullable(ex.getRequestHeaders().getFirst("Content-Type")).orElse("").toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/json")) {
      throw new ApiException(415, "send the article as application/json");
    }
    long declared = Optional.ofNullable(ex.getRequestHeaders().getFirst("Content-Length")).map(Long::parseLong).orElse(-1L);
    if (declared > MAX_BODY) {
      throw new ApiException(413, "the body is larger than " + MAX_BODY + " bytes");
    }
    byte[] body = readBounded(ex.getRequestBody());
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (IOException e) {
      throw new ApiException(400, "the body is not JSON: " + e.getMessage());
    }
    String text = Optional.ofNullable(node.get("text")).map(JsonNode::asText).filter(t -> !t.isBlank())
        .orElseThrow(() -> new ApiException(400, "field text is required"));
    LocalDate published = Optional.ofNullable(node.get("published")).map(n -> parseDate("published", n.asText()))
        .orElse(LocalDate.now(java.time.ZoneOffset.UTC));
    Article article = Article.ofText("POST /api/extract", text).withPublished(published);
    return pipeline.get().process(article, published);
  }

  private static byte[] style() {
    try (InputStream in = ApiServer.class.getResourceAsStream("/org/parley/app/web/static/parley.css")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("the bundled style sheet does not read", e);
    }
  }

  private static byte[] readBounded(InputStream in) throws IOException {
    byte[] data = in.readNBytes(MAX_BODY + 1);
    if (data.length > MAX_BODY) {
      throw new ApiException(413, "the body is larger than " + MAX_BODY + " bytes");
    }
    return data;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key;
      String value;
      try {
        key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new ApiException(400, "the query string is not valid URL encoding");
      }
      if (value.length() > MAX_PARAMETER) {
        throw new ApiException(400, "parameter " + key + " is longer than " + MAX_PARAMETER + " characters");
      }
      out.put(key, value);
    }
    return out;
  }

  /** Whether a Host header names this machine's loopback: 127.0.0.1, localhost or [::1], with or without a port. */
  static boolean localHost(String host) {
    if (host == null) {
      return true;
    }
    String name = host.strip().toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
    return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]") || name.isEmpty();
  }

  private static Optional<String> opt(Map<String, String> q, String key) {
    return Optional.ofNullable(q.get(key)).filter(v -> !v.isBlank());
  }

  private static int intParam(Map<String, String> q, String key, int fallback) {
    String v = q.get(key);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < 0) {
        throw new ApiException(400, key + " must not be negative");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ApiException(400, key + " must be a whole number, not " + v);
    }
  }

  private static Optional<LocalDate> date(Map<String, String> q, String key) {
    return opt(q, key).map(v -> parseDate(key, v));
  }

  private static LocalDate parseDate(String key, String v) {
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new ApiException(400, key + " must be a date like 2024-03-15, not " + v);
    }
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    if (ex.getRequestMethod().equals("HEAD")) {
      // What a GET would answer, without its body (RFC 9110 9.3.2): link checkers and monitors ask this way.
      ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }
}
