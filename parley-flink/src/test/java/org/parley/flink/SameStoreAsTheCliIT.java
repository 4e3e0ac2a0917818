package org.parley.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.ParleyCommand;
import org.parley.app.ingest.Ingestor;
import org.parley.app.ingest.ReadAhead;
import org.parley.core.json.ExtractionJson;
import org.parley.ingest.source.ArticleReader;
import org.parley.ingest.source.ReadResult;
import org.parley.pipeline.ingest.IngestService;
import org.parley.store.Store;
import org.parley.store.Stores;

/**
 * One input through `parley ingest`'s path and through the Flink job gives the same store: the same
 * articles, records, events and sources, compared by `parley export --format jsonl`. The input has
 * exact copies, near copies, a copy of a copy, an exact copy of a near copy, and an update.
 */
class SameStoreAsTheCliIT {
  @RegisterExtension
  static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  static final String FLOOD = "Emergency crews in the Bolivian city of Cochabamba evacuated about four hundred families on "
      + "Wednesday after the Rocha river burst its banks, and the regional governor declared a state of emergency for ten "
      + "days. The national defence ministry sent two army helicopters to carry food and blankets to villages cut off by the "
      + "water, while the health minister warned of a risk of dengue once the floods recede from the low districts.";
  static final String FLOOD_EDITED = FLOOD.replace("four hundred", "five hundred");
  static final String FLOOD_EDITED_AGAIN = FLOOD_EDITED.replace("two army helicopters", "three army helicopters");
  static final String TALKS = "The foreign ministers of Ghana and Togo met in Accra on Monday to discuss security along their "
      + "shared border, and both governments agreed to set up joint patrols before the end of the year, officials said.";
  static final String TALKS_UPDATED = TALKS + " Togo's foreign minister later said the patrols would begin in November.";
  static final String PROTEST = "Police in Dhaka detained dozens of garment workers on Friday during a protest over unpaid wages "
      + "outside the labour ministry, and union leaders called for a general strike next week.";

  static List<String> input() {
    return List.of(
        line("flood-1", "https://river.example/flood", FLOOD),
        line("talks-1", "https://coast.example/talks", TALKS),
        line("flood-2", "https://other.example/flood-copy", FLOOD),
        line("flood-3", "https://third.example/flood-edited", FLOOD_EDITED),
        line("flood-4", "https://fourth.example/flood-edited-again", FLOOD_EDITED_AGAIN),
        line("talks-1", "https://coast.example/talks", TALKS_UPDATED),
        line("flood-5", "https://fifth.example/flood-edited-copy", FLOOD_EDITED),
        "{\"published\":\"2025-09-12\",\"url\":\"https://labour.example/dhaka\",\"text\":\"" + PROTEST + "\"}");
  }

  static String line(String id, String url, String text) {
    return "{\"id\":\"" + id + "\",\"published\":\"2025-09-10\",\"url\":\"" + url + "\",\"text\":\"" + text + "\"}";
  }

  @Test
  void theJobAndTheCliStoreTheSameArticlesSourcesAndEvents(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("articles.jsonl"), input());

    String cliStore = dir.resolve("cli").toString();
    try (Store store = Stores.open(cliStore)) {
      var ingestor = new Ingestor(new IngestService(SharedPipeline.acquire(), store), 2, Ingestor.DEFAULT_LIMIT);
      var reader = new ArticleReader();
      try (var articles = new ReadAhead(sink -> reader.read(file.toString(), System.in, sink), ingestor.window())) {
        var summary = ingestor.ingest(articles, LocalDate.of(2025, 9, 30), new PrintWriter(Writer.nullWriter()),
            org.parley.app.ingest.AssumedDates.warningTo(new PrintWriter(Writer.nullWriter())));
        assertThat(summary.added()).isEqualTo(3);
        assertThat(summary.updated()).isEqualTo(1);
        assertThat(summary.exactDuplicates()).isEqualTo(2);
        assertThat(summary.nearDuplicates()).isEqualTo(2);
      }
    }

    String jobStore = dir.resolve("job").toString();
    var conf = new Configuration();
    conf.setString("restart-strategy.type", "none");
    var env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    // One instance per stage keeps the input's order everywhere, as the CLI does; the order decides which copy is kept.
    env.setParallelism(1);
    ParleyFlinkJob.build(ParleyFlinkJob.files(env, file.toString()), jobStore, Duration.ofHours(1));
    env.execute("parley-same-as-cli");

    List<String> cli = export(cliStore);
    List<String> job = export(jobStore);
    assertThat(cli).hasSize(3);
    assertThat(job).containsExactlyElementsOf(cli);

    var flood = ExtractionJson.mapper().readTree(cli.stream().filter(l -> l.contains("\"id\":\"flood-1\"")).findFirst()
        .orElseThrow());
    assertThat(flood.get("sources").findValuesAsText("duplicate")).containsExactly("original", "exact", "near", "exact", "near");
    assertThat(flood.get("events").size()).isPositive();
    var talks = ExtractionJson.mapper().readTree(cli.stream().filter(l -> l.contains("\"id\":\"talks-1\"")).findFirst()
        .orElseThrow());
    assertThat(talks.get("text").asText()).as("the update replaced the first text").contains("November");
  }

  static List<String> export(String store) throws Exception {
    StringWriter out = new StringWriter();
    var cli = ParleyCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    int status = cli.execute("export", "--store", store, "--format", "jsonl");
    assertThat(status).isZero();
    return out.toString().lines().filter(l -> l.startsWith("{")).toList();
  }
}
