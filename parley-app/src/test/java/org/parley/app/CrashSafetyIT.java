package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Store;
import org.parley.store.Stores;

/**
 * Kills an ingesting process (SIGKILL) in the middle of a batch, starts it again, and checks that
 * nothing committed was lost, nothing was stored twice and no article was left half-written.
 */
class CrashSafetyIT {
  private static final String[] PLACES = {"Nairobi", "Lagos", "Dakar", "Accra", "Kampala", "Lusaka", "Harare", "Maputo",
      "Luanda", "Kigali", "Addis Ababa", "Khartoum"};

  @Test
  void aKilledIngestLosesNothingCommittedAndRestartsCleanly(@TempDir Path dir) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < PLACES.length; i++) {
      lines.add("{\"id\":\"story-" + i + "\",\"published\":\"2024-03-15\",\"text\":\"Police in " + PLACES[i]
          + " arrested " + (i + 2) + " protesters on Tuesday after a march against fuel prices, officials said. "
          + "The interior minister of the country condemned the march, and opposition leaders called on the government "
          + "to free the detained protesters before the weekend, story number " + i + ".\"}");
    }
    Path batch = dir.resolve("batch.jsonl");
    Files.write(batch, lines);
    String store = dir.resolve("store").toString();

    Process first = ingest(batch, store);
    try (var progress = new BufferedReader(new InputStreamReader(first.getErrorStream()))) {
      for (String line = progress.readLine(); line != null; line = progress.readLine()) {
        if (line.contains("parley: 3 articles extracted")) {
          break;
        }
      }
    }
    first.destroyForcibly(); // SIGKILL: no shutdown hooks, no chance to tidy up
    first.waitFor(30, TimeUnit.SECONDS);

    long committed;
    try (Store s = Stores.open(store)) {
      committed = s.stats().articles();
      assertThat(committed).isBetween(3L, (long) PLACES.length);
      assertWhole(s);
    }

    Process second = ingest(batch, store);
    second.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
    assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(second.exitValue()).isZero();
    try (Store s = Stores.open(store)) {
      assertThat(s.stats().articles()).isEqualTo(PLACES.length);
      assertThat(s.articleIds()).doesNotHaveDuplicates().hasSize(PLACES.length);
      assertWhole(s);
    }
  }

  /** Every stored article has all of its events and quotes in the tables, as its record lists them. */
  private static void assertWhole(Store s) {
    long events = 0;
    long quotes = 0;
    for (String id : s.articleIds()) {
      var record = s.article(id).orElseThrow();
      events += record.events().size();
      quotes += record.quotes().size();
    }
    assertThat(s.stats().events()).isEqualTo(events);
    assertThat(s.stats().quotes()).isEqualTo(quotes);
  }

  private static Process ingest(Path batch, String store) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"), ParleyCommand.class.getName(),
        "ingest", "--threads", "1", "--store", store, batch.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }
}
