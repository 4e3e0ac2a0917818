package org.parley.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Store;
import org.parley.store.Stores;

/**
 * The job in Flink's MiniCluster (2 task slots), writing to PostgreSQL when PARLEY_TEST_POSTGRES
 * names one (as in .ci/run), else to the embedded store: records land once each, a second run
 * changes nothing, and a failure mid-stream with a restart from the last checkpoint neither loses
 * nor duplicates an article.
 */
class ParleyFlinkJobIT {
  @RegisterExtension
  static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  static final List<String> ARTICLES = List.of(
      "{\"id\":\"f1\",\"published\":\"2024-03-15\",\"text\":\"Police in Nairobi arrested two opposition leaders on Tuesday after a rally against new taxes, the interior ministry said.\"}",
      "{\"id\":\"f2\",\"published\":\"2024-03-15\",\"text\":\"German Chancellor Olaf Scholz visited India on Tuesday and met Indian Prime Minister Narendra Modi in New Delhi.\"}",
      "{\"id\":\"f3\",\"published\":\"2024-03-15\",\"text\":\"The European Union imposed new sanctions on Iran on Thursday over the supply of drones to Russia.\"}",
      "{\"id\":\"f1-copy\",\"published\":\"2024-03-15\",\"text\":\"Police in Nairobi arrested two opposition leaders on Tuesday after a rally against new taxes, the interior ministry said.\"}");

  @TempDir Path dir;
  String store;
  Path input;

  @BeforeEach
  void setUp() throws Exception {
    String pg = System.getenv().getOrDefault("PARLEY_TEST_POSTGRES", "");
    if (pg.isEmpty()) {
      store = dir.resolve("store").toString();
    } else {
      store = pg;
      try (var c = DriverManager.getConnection(Stores.jdbcUrl(pg)); var s = c.createStatement()) {
        s.execute("DROP SCHEMA public CASCADE");
        s.execute("CREATE SCHEMA public");
      }
    }
    input = dir.resolve("articles.jsonl");
    List<String> lines = new java.util.ArrayList<>(ARTICLES);
    lines.addAll(realArticles());
    Files.write(input, lines);
  }

  /** The shared corpus's extra articles (real news), when this checkout has ../shared. */
  static List<String> realArticles() throws java.io.IOException {
    Path extra = Path.of("").toAbsolutePath().getParent().resolveSibling("shared").resolve("corpus").resolve("extra")
        .resolve("articles.jsonl");
    return Files.isRegularFile(extra) ? Files.readAllLines(extra).stream().filter(l -> !l.isBlank()).limit(4).toList() : List.of();
  }

  private void run(Configuration conf, boolean failOnce) throws Exception {
    var env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(2);
    env.enableCheckpointing(100);
    var lines = ParleyFlinkJob.files(env, input.toString());
    ParleyFlinkJob.build(failOnce ? lines.map(new FailOnce()).name("fail once") : lines, store, Duration.ofHours(1));
    env.execute("parley-test");
  }

  private void assertStoredOnceEach() throws Exception {
    List<String> expected = new java.util.ArrayList<>(List.of("f1", "f2", "f3"));
    for (String line : realArticles()) {
      expected.add(org.parley.core.json.ExtractionJson.mapper().readTree(line).get("id").asText());
    }
    try (Store s = Stores.open(store)) {
      assertThat(s.articleIds()).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(s.stats().events()).isPositive();
    }
  }

  @Test
  void recordsLandOnceEachAndARerunChangesNothing() throws Exception {
    var conf = new Configuration();
    conf.setString("restart-strategy.type", "none");
    run(conf, false);
    assertStoredOnceEach();
    run(conf, false);
    assertStoredOnceEach();
  }

  @Test
  void aFailureMidStreamRestartsWithoutLossOrDuplicates() throws Exception {
    FailOnce.failed.set(false);
    var conf = new Configuration();
    conf.setString("restart-strategy.type", "fixed-delay");
    conf.setString("restart-strategy.fixed-delay.attempts", "2");
    conf.setString("restart-strategy.fixed-delay.delay", "100 ms");
    run(conf, true);
    assertThat(FailOnce.failed.get()).as("the job did fail once").isTrue();
    assertStoredOnceEach();
  }

  /** Throws on the third line it sees, once per test JVM: a task failure in the middle of the stream. */
  static final class FailOnce implements MapFunction<String, String> {
    static final AtomicBoolean failed = new AtomicBoolean();
    private int seen;

    @Override
    public String map(String line) {
      if (++seen == 3 && failed.compareAndSet(false, true)) {
        throw new IllegalStateException("forced failure for the restart test");
      }
      return line;
    }
  }
}
