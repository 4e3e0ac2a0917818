package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley eval} on the bundled samples' own gold (always), and on the shared development set,
 * where it must agree with the reference scorer, score.py.
 */
class EvalCommandIT {
  static final Path SAMPLES = Path.of("").toAbsolutePath().getParent().resolve("samples");

  @Test
  void scoresTheBundledSamplesAgainstTheirHandMadeGold(@TempDir Path dir) throws Exception {
    var out = new StringWriter();
    var cmd = ParleyCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(new StringWriter()));
    assertThat(cmd.execute("extract", SAMPLES.resolve("articles.jsonl").toString())).isZero();
    Path records = dir.resolve("records.jsonl");
    Files.writeString(records, out.toString());

    var evalOut = new StringWriter();
    var eval = ParleyCommand.commandLine();
    eval.setOut(new PrintWriter(evalOut));
    assertThat(eval.execute("eval", "--json", SAMPLES.resolve("gold").toString(), records.toString())).isZero();
    String text = evalOut.toString();
    JsonNode scores = new ObjectMapper().readTree(text.substring(0, text.lastIndexOf("summary:")));
    for (String measure : List.of("actor_recall", "actor_attr_acc", "quote_f1", "quote_speaker_acc", "time_acc", "place_recall",
        "event_lenient_f1", "event_strict_f1")) {
      assertThat(scores.has(measure)).as(measure).isTrue();
      assertThat(scores.get(measure).asDouble()).as(measure).isBetween(0.0, 1.0);
    }
    // A floor far below what the samples score today: a fall through it is a broken stage, not a lost case.
    assertThat(scores.get("actor_recall").asDouble()).isGreaterThanOrEqualTo(0.6);
    assertThat(scores.get("time_acc").asDouble()).isGreaterThanOrEqualTo(0.6);
    assertThat(scores.get("event_lenient_f1").asDouble()).isGreaterThanOrEqualTo(0.3);
  }

  @Test
  void agreesWithTheReferenceScorerOnTheDevelopmentSet(@TempDir Path dir) throws Exception {
    Path shared = Path.of("").toAbsolutePath().getParent().resolveSibling("shared");
    assumeThat(shared.resolve("gold")).as("no ../shared development set here").isDirectory();
    assumeThat(python()).as("python3 is not installed (the reference scorer needs it)").isTrue();
    var mapper = new ObjectMapper();
    List<String> articles = new ArrayList<>();
    try (var golds = Files.list(shared.resolve("gold"))) {
      for (Path g : golds.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList()) {
        JsonNode gold = mapper.readTree(g.toFile());
        articles.add(mapper.writeValueAsString(Map.of(
            "text", Files.readString(shared.resolve(gold.get("file").asText())),
            "published", gold.get("published").asText())));
      }
    }
    Path input = dir.resolve("dev.jsonl");
    Files.write(input, articles);
    Path records = dir.resolve("records.jsonl");
    var out = new StringWriter();
    var cmd = ParleyCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    assertThat(cmd.execute("extract", input.toString())).isZero();
    Files.writeString(records, out.toString());

    var evalOut = new StringWriter();
    var eval = ParleyCommand.commandLine();
    eval.setOut(new PrintWriter(evalOut));
    assertThat(eval.execute("eval", "--json", shared.resolve("gold").toString(), records.toString())).isZero();
    String ours = evalOut.toString();
    JsonNode parley = mapper.readTree(ours.substring(0, ours.lastIndexOf("summary:")));

    Process p = new ProcessBuilder("python3", shared.resolve("tools/score.py").toString(), shared.resolve("gold").toString(),
        records.toString(), "--json").redirectErrorStream(true).start();
    String theirs = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).isZero();
    JsonNode reference = mapper.readTree(theirs.substring(0, theirs.lastIndexOf("summary:")));

    assertThat(parley.size()).isEqualTo(reference.size());
    for (Iterator<String> it = reference.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      assertThat(parley.get(key).asDouble()).as(key).isCloseTo(reference.get(key).asDouble(), org.assertj.core.data.Offset.offset(1e-9));
    }
    assertThat(ours).contains(theirs.substring(theirs.lastIndexOf("summary:")).strip());
  }

  private static boolean python() {
    try {
      return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }
}
