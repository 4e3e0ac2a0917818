package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark harness runs a worker JVM and reports its measurements; it asserts no speed. */
class BenchCommandIT {
  @Test
  void measuresParleyInItsOwnJvmAndPrintsATable(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("corpus.jsonl");
    Files.writeString(corpus, """
        {"text":"Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday.","published":"2024-05-13"}
        {"text":"Police in Dakar arrested two opposition leaders on Tuesday, the interior ministry said.","published":"2024-02-07"}
        """);
    var out = new StringWriter();
    var cmd = ParleyCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(new StringWriter()));
    int status = cmd.execute("bench", "--corpus", corpus.toString(), "--articles", "4", "--peer-articles", "0");
    assertThat(status).isZero();
    String table = out.toString();
    assertThat(table).contains("Corpus: 2 distinct articles");
    var row = table.lines().filter(l -> l.startsWith("| Parley | 1 |")).findFirst().orElseThrow();
    String[] cells = row.split("\\|");
    assertThat(Integer.parseInt(cells[3].strip())).as("whole passes over 2 articles").isEqualTo(4);
    assertThat(Double.parseDouble(cells[5].strip())).isPositive();
    assertThat(Long.parseLong(cells[10].strip())).isPositive();
    assertThat(table).doesNotContain("CoreNLP peer");
  }

  @Test
  void fillsAStoreAndTimesTheApisQuestionsWithAnIngestRunning(@TempDir Path dir) {
    var out = new StringWriter();
    var cmd = ParleyCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(new StringWriter()));
    String store = dir.resolve("store").toString();
    int status = cmd.execute("bench", "store", "--store", store, "--events", "300", "--repeats", "3", "--concurrent", "40",
        "--clients", "4");
    assertThat(status).isZero();
    String report = out.toString();
    assertThat(report).contains("30 articles, 300 events");
    assertThat(report.lines().filter(l -> l.startsWith("| ") && l.contains(" | 3 | "))).hasSize(4);
    assertThat(report).contains("40 requests, 4 at a time: 0 failed");
    // A store that already holds other events is not filled on top of.
    assertThat(cmd.execute("bench", "store", "--store", store, "--events", "100000000", "--concurrent", "0")).isNotZero();
  }
}
