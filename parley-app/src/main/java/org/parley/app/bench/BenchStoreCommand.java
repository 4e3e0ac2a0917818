package org.parley.app.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.parley.app.web.ApiServer;
import org.parley.core.error.BadInputException;
import org.parley.core.json.ExtractionJson;
import org.parley.core.record.Extraction;
import org.parley.store.Store;
import org.parley.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley bench store}: fills a store with generated articles and events (no NLP) and times
 * the questions the web UI and the API ask of it, over HTTP, as a user's browser would.
 */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    description = {
        "Fills a store with generated events and times the API's questions: a dyad's daily counts over a year "
            + "(/api/stats), the first and the 500th page of /api/events, and the latest articles (/api/articles).",
        "Prints a Markdown table of p50 and p99 milliseconds. The store must be new or empty: nothing is deleted."
    })
public final class BenchStoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  private PrintWriter out;

  /** Forty states of the news, for generated dyads. */
  private static final String[] COUNTRIES = ("USA CHN RUS UKR GBR FRA DEU IND PAK IRN ISR PSE SYR IRQ TUR SAU EGY NGA KEN ETH "
      + "ZAF BRA ARG MEX COL VEN JPN KOR PRK TWN PHL IDN AFG MMR SDN LBY MLI POL CAN AUS").split(" ");
  private static final String[] SECTORS = {"", "GOV", "MIL", "COP", "OPP", "REB", "CVL"};
  private static final String[][] CODES = {
      {"040", "CONSULT", "1", "1.0"}, {"042", "CONSULT", "1", "1.9"}, {"057", "AGREE", "1", "6.5"},
      {"071", "AID", "2", "7.4"}, {"112", "ACCUSE", "3", "-2.0"}, {"125", "REJECT", "3", "-5.0"},
      {"138", "THREATEN", "3", "-7.0"}, {"141", "PROTEST", "3", "-6.5"}, {"163", "SANCTION", "4", "-8.0"},
      {"173", "COERCE", "4", "-5.0"}, {"190", "ASSAULT", "4", "-10.0"}, {"036", "AGREE", "1", "4.0"}};
  private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
  private static final int DAYS = 730;
  private static final int WARM_UP = 5;

  @Option(names = "--store", required = true, description = "A new store folder, or a PostgreSQL URL of an empty database.")
  String location;

  @Option(names = "--events", description = "Events to generate (default: ${DEFAULT-VALUE}).")
  int events = 1_000_000;

  @Option(names = "--events-per-article", description = "Events per generated article (default: ${DEFAULT-VALUE}).")
  int perArticle = 10;

  @Option(names = "--repeats", description = "Requests per question (default: ${DEFAULT-VALUE}).")
  int repeats = 50;

  @Option(names = "--concurrent", description = "Requests sent while an ingest runs; 0 skips that part (default: ${DEFAULT-VALUE}).")
  int concurrent = 2000;

  @Option(names = "--clients", description = "Requests in flight at once during that part (default: ${DEFAULT-VALUE}).")
  int clients = 16;

  @Override
  public Integer call() throws Exception {
    out = spec.commandLine().getOut();
    try (Store store = Stores.open(location)) {
      long stored = store.stats().events();
      if (stored == 0) {
        fill(store);
      } else if (stored < events) {
        throw new BadInputException("the store at " + location + " already holds " + stored + " events; give a new folder "
            + "or an empty database to --store");
      }
      var filled = store.stats();
      out.printf(Locale.ROOT, "store: %s, %,d articles, %,d events%n%n", location, filled.articles(), filled.events());
      measure(store);
    }
    out.flush();
    return 0;
  }

  private void fill(Store store) {
    int articles = (events + perArticle - 1) / perArticle;
    var random = new SplittableRandom(7);
    long started = System.nanoTime();
    for (int a = 0; a < articles; a++) {
      store.put(article(a, random), "0");
      if ((a + 1) % 10_000 == 0) {
        System.err.printf(Locale.ROOT, "%,d articles stored (%.0f s)%n", a + 1, (System.nanoTime() - started) / 1e9);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf(Locale.ROOT, "filled in %.0f s (%.0f events/s)%n", seconds, articles * (double) perArticle / seconds);
  }

  /** One generated article: two to four states, events between them on dates around its own. */
  private Extraction article(int n, SplittableRandom random) {
    LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
    String text = "Generated article " + n + " for the store benchmark.";
    ObjectNode root = ExtractionJson.mapper().createObjectNode();
    root.put("id", "bench-" + n).put("title", "Generated article " + n).put("published", published.toString())
        .put("url", "https://bench.example/" + n).put("outlet", "Bench Wire").put("language", "en").put("text", text);
    ArrayNode actors = root.putArray("actors");
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String code = COUNTRIES[random.nextInt(COUNTRIES.length)] + SECTORS[random.nextInt(SECTORS.length)];
      codes.add(code);
      ObjectNode actor = actors.addObject().put("id", "a" + (i + 1)).put("name", "Side " + code).put("kind", "GROUP")
          .put("country", code.substring(0, 3));
      if (code.length() > 3) {
        actor.put("sector", code.substring(3));
      }
      actor.putArray("mentions");
    }
    ArrayNode list = root.putArray("events");
    for (int e = 0; e < perArticle; e++) {
      int s = random.nextInt(4);
      int t = (s + 1 + random.nextInt(3)) % 4;
      String[] code = CODES[random.nextInt(CODES.length)];
      ObjectNode event = list.addObject().put("id", "e" + (e + 1)).put("cameo", code[0]).put("plover", code[1])
          .put("source", "a" + (s + 1)).put("target", "a" + (t + 1)).put("source_code", codes.get(s))
          .put("target_code", codes.get(t)).put("modality", "asserted")
          .put("date", published.minusDays(random.nextInt(3)).toString()).put("goldstein", Double.parseDouble(code[3]))
          .put("quad_class", Integer.parseInt(code[2])).put("sentence", 0).put("evidence", text).put("confidence", 0.8)
          .put("pattern", "bench");
      event.putObject("trigger").put("start", 0).put("end", 9).put("text", "Generated");
      event.putArray("mentions");
      if (random.nextInt(3) == 0) {
        event.putObject("location").put("name", "Somewhere").put("country", codes.get(t).substring(0, 3))
            .put("lat", random.nextDouble(-60, 70)).put("lon", random.nextDouble(-180, 180));
      }
    }
    for (String empty : List.of("quotes", "times", "places", "themes")) {
      root.putArray(empty);
    }
    root.putObject("tone").put("score", 0).put("positive", 0).put("negative", 0);
    return ExtractionJson.fromJson(root.toString());
  }

  private void measure(Store store) throws Exception {
    var server = new ApiServer("127.0.0.1", 0, store, () -> {
      throw new IllegalStateException("the store benchmark extracts nothing");
    }, Optional.empty());
    server.start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port();
      var random = new SplittableRandom(11);
      out.println("| question | requests | p50 ms | p99 ms | max ms |");
      out.println("|---|---|---|---|---|");
      row("dyad timeline, one year (/api/stats?dyad=…&from=…&to=…)", http, () -> {
        String a = COUNTRIES[random.nextInt(COUNTRIES.length)];
        String b = COUNTRIES[random.nextInt(COUNTRIES.length)];
        return base + "/api/stats?dyad=" + a + "-" + b + "&from=2023-03-01&to=2024-02-29";
      });
      row("first page of /api/events (100)", http, () -> base + "/api/events?size=100&page=0");
      row("500th page of /api/events (100)", http, () -> base + "/api/events?size=100&page=499");
      row("latest articles (/api/articles?limit=50)", http, () -> base + "/api/articles?limit=50");
      if (concurrent > 0) {
        underIngest(store, http, base);
      }
    } finally {
      server.close();
    }
  }

  /**
   * {@code concurrent} requests, {@code clients} at a time, spread over the four questions, while
   * another thread stores new articles: none may fail, nor wait on a lock until it times out.
   */
  private void underIngest(Store store, HttpClient http, String base) throws Exception {
    var writing = new java.util.concurrent.atomic.AtomicBoolean(true);
    var stored = new java.util.concurrent.atomic.AtomicInteger();
    var writerFailure = new java.util.concurrent.atomic.AtomicReference<Throwable>();
    int first = (int) store.stats().articles();
    Thread writer = new Thread(() -> {
      var random = new SplittableRandom(13);
      try {
        while (writing.get()) {
          store.put(article(first + stored.get(), random), "0");
          stored.incrementAndGet();
        }
      } catch (Throwable t) {
        writerFailure.set(t);
      }
    }, "bench-ingest");
    String[] questions = {
        base + "/api/stats?dyad=USA-CHN&from=2023-03-01&to=2024-02-29", base + "/api/events?size=100&page=0",
        base + "/api/events?size=100&page=499", base + "/api/articles?limit=50"};
    var pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
    var failures = new java.util.concurrent.ConcurrentLinkedQueue<String>();
    double[] ms = new double[concurrent];
    writer.start();
    List<java.util.concurrent.Future<?>> done = new ArrayList<>();
    for (int i = 0; i < concurrent; i++) {
      int n = i;
      done.add(pool.submit(() -> {
        long t = System.nanoTime();
        try {
          var response = http.send(HttpRequest.newBuilder(URI.create(questions[n % questions.length])).build(),
              HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() != 200) {
            failures.add(response.statusCode() + " " + response.body().lines().findFirst().orElse(""));
          }
        } catch (Exception e) {
          failures.add(e.toString());
        }
        ms[n] = (System.nanoTime() - t) / 1e6;
      }));
    }
    for (var f : done) {
      f.get();
    }
    pool.shutdown();
    writing.set(false);
    writer.join();
    Arrays.sort(ms);
    out.printf(Locale.ROOT, "%nWith an ingest storing articles meanwhile (%,d stored during the run%s): %,d requests, %d at a "
        + "time: %d failed; p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", stored.get(),
        writerFailure.get() == null ? "" : ", then it failed: " + writerFailure.get(), concurrent, clients, failures.size(),
        percentile(ms, 0.5), percentile(ms, 0.99), ms[ms.length - 1]);
    failures.stream().distinct().limit(5).forEach(f -> out.println("  failure: " + f));
  }

  private void row(String question, HttpClient http, java.util.function.Supplier<String> urls) throws Exception {
    // Warm-up requests compile the server's and the driver's code paths; they are not counted.
    for (int i = 0; i < WARM_UP; i++) {
      http.send(HttpRequest.newBuilder(URI.create(urls.get())).build(), HttpResponse.BodyHandlers.discarding());
    }
    double[] ms = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      var request = HttpRequest.newBuilder(URI.create(urls.get())).build();
      long t = System.nanoTime();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      ms[i] = (System.nanoTime() - t) / 1e6;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(question + ": HTTP " + response.statusCode() + " " + response.body());
      }
    }
    Arrays.sort(ms);
    out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", question, repeats, percentile(ms, 0.5),
        percentile(ms, 0.99), ms[ms.length - 1]);
  }

  private static double percentile(double[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
