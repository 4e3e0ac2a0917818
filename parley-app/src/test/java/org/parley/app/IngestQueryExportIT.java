package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.json.ExtractionJson;

/**
 * `parley ingest`, `query` and `export` against the embedded store and against PostgreSQL
 * (PARLEY_TEST_POSTGRES, as .ci/run sets it): copies are linked, bad items skipped, answers asserted.
 */
class IngestQueryExportIT {
  static final String WIRE = "Police in Nairobi arrested two opposition leaders on Tuesday after a rally against new taxes, "
      + "the interior ministry said. \\\"The arrests are an attack on democracy,\\\" opposition leader Raila Odinga said. "
      + "Human rights groups called on the Kenyan government to release the detained politicians.";
  static final String VISIT = "German Chancellor Olaf Scholz visited India on Tuesday and met Indian Prime Minister "
      + "Narendra Modi in New Delhi to discuss trade and defence cooperation.";
  static final String PROTEST = "Thousands of farmers demonstrated against the government in Paris on Monday, blocking "
      + "roads with tractors to protest against falling prices and new environmental rules.";

  static String line(String id, String url, String outlet, String text) {
    return "{\"id\":\"" + id + "\",\"url\":\"" + url + "\",\"outlet\":\"" + outlet + "\",\"published\":\"2024-03-15\",\"text\":\"" + text + "\"}";
  }

  static Path input(Path dir) throws Exception {
    Path file = dir.resolve("batch.jsonl");
    Files.write(file, List.of(
        line("kenya", "https://wire.example/kenya", "Example Wire", WIRE),
        line("visit", "https://wire.example/visit", "Example Wire", VISIT),
        line("protest", "https://wire.example/protest", "Example Wire", PROTEST),
        // the same wire story at another outlet, word for word
        line("kenya-copy", "https://daily.example/kenya", "Daily Example", WIRE),
        // and again with the outlet's own footer: a near-duplicate
        line("kenya-near", "https://herald.example/kenya", "Herald", WIRE + " Follow the Herald for more news from East Africa."),
        "{not json",
        "{\"id\":\"empty\",\"text\":\"\"}"));
    return file;
  }

  static String run(String... args) {
    var out = new StringWriter();
    var cmd = ParleyCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(new StringWriter()));
    int status = cmd.execute(args);
    return status + "\n" + out;
  }

  @Test
  void theEmbeddedStore(@TempDir Path dir) throws Exception {
    exercise(dir, dir.resolve("store").toString());
  }

  @Test
  void postgresql(@TempDir Path dir) throws Exception {
    String url = System.getenv().getOrDefault("PARLEY_TEST_POSTGRES", "");
    assumeTrue(!url.isEmpty(), "PARLEY_TEST_POSTGRES is not set");
    try (var c = DriverManager.getConnection(org.parley.store.Stores.jdbcUrl(url));
         var s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
    }
    exercise(dir, url);
  }

  private static void exercise(Path dir, String store) throws Exception {
    Path batch = input(dir);
    String first = run("ingest", "--store", store, "--threads", "2", batch.toString());
    assertThat(first).startsWith("2\n").contains("3 added, 0 updated, 1 exact duplicate(s) and 1 near duplicate(s)").contains("2 rejected");
    String again = run("ingest", "--store", store, batch.toString());
    assertThat(again).contains("0 added, 0 updated, 4 exact duplicate(s) and 1 near duplicate(s)");

    String events = run("query", "events", "--store", store, "--country", "KEN", "--root", "17");
    assertThat(events.lines().filter(l -> l.contains("\t173\t")).toList()).hasSize(1);
    assertThat(events).contains("KENCOP").contains("arrested two opposition leaders");
    String dyad = run("query", "events", "--store", store, "--dyad", "IND-DEU");
    assertThat(dyad).contains("Olaf Scholz").contains("DEUGOV");
    assertThat(run("query", "events", "--store", store, "--dyad", "IND-CHN").lines().count()).isEqualTo(2);

    String quotes = run("query", "quotes", "--store", store, "--speaker", "odinga");
    assertThat(quotes).contains("The arrests are an attack on democracy");
    assertThat(run("query", "search", "--store", store, "tractors")).contains("protest").doesNotContain("kenya");

    String csv = run("export", "--store", store, "--format", "csv");
    assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith(String.join(",", EventCsv.COLUMNS));
    assertThat(csv).contains("\"Police in Nairobi arrested two opposition leaders on Tuesday after a rally against new taxes, the interior ministry said.\"");
    String gdelt = run("export", "--store", store, "--format", "gdelt", "--root", "17");
    String row = gdelt.lines().skip(1).findFirst().orElseThrow();
    String[] cells = row.split("\t", -1);
    assertThat(cells).hasSize(ExportCommand.GDELT_COLUMNS.size());
    assertThat(cells[1]).isEqualTo("20240312");
    assertThat(cells[5]).isEqualTo("KENCOP");
    assertThat(cells[26]).isEqualTo("173");
    assertThat(cells[33]).as("NumArticles: the wire story and its two copies").isEqualTo("3");
    assertThat(cells[60]).isEqualTo("https://wire.example/kenya");
    String jsonl = run("export", "--store", store, "--format", "jsonl");
    assertThat(jsonl.lines().skip(1).map(ExtractionJson::fromJson).map(r -> r.id()).toList())
        .containsExactlyInAnyOrder("kenya", "visit", "protest");
    var kenya = ExtractionJson.mapper().readTree(jsonl.lines().filter(l -> l.contains("\"id\":\"kenya\"")).findFirst().orElseThrow());
    assertThat(kenya.get("sources").findValuesAsText("duplicate")).as("the original first, then its copies")
        .hasSize(3).first().isEqualTo("original");
  }
}
