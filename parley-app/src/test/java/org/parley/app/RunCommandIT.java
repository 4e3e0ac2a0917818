package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Store;
import org.parley.store.Stores;

/** `parley run`, the README's first command: the samples keep who they are, and the suggestions find something. */
class RunCommandIT {
  @Test
  void theFirstRunKeepsTheSamplesAndSuggestsQueriesThatAnswer(@TempDir Path dir) throws Exception {
    SharedPipeline.get();
    String store = dir.resolve("store").toString();
    var out = new StringWriter();
    var cmd = ParleyCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(new StringWriter()));
    assertThat(cmd.execute("run", "--no-serve", "--store", store)).isZero();
    try (Store s = Stores.openExisting(store)) {
      assertThat(s.contains("sample-nairobi-trade-talks")).isTrue();
      assertThat(s.article("sample-sahel-protest").orElseThrow().outlet()).contains("Parley Sample Wire");
    }
    var suggested = Pattern.compile("`\\./parley query events --dyad ([A-Z]{3}-[A-Z]{3})`").matcher(out.toString());
    assertThat(suggested.find()).as(out.toString()).isTrue();
    assertThat(out.toString()).contains("busiest dyads: " + suggested.group(1));
    var rows = new StringWriter();
    var query = ParleyCommand.commandLine();
    query.setOut(new PrintWriter(rows));
    assertThat(query.execute("query", "events", "--dyad", suggested.group(1), "--store", store)).isZero();
    assertThat(rows.toString().lines().count()).as("header and at least one event").isGreaterThan(1);
  }
}
