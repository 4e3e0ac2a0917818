package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.json.ExtractionJson;
import org.parley.store.Store;
import org.parley.store.Stores;

/**
 * Over two hundred malformed and hostile inputs in one batch, through `extract` and `ingest`: each
 * gives a record or a one-line refusal that names its file, within the limits set, nothing fails,
 * and the good articles among them come through.
 */
class MalformedInputIT {
  static final int LIMIT_BYTES = 200_000;
  static final String[] LIMITS = {"--max-seconds", "10", "--max-article-bytes", Integer.toString(LIMIT_BYTES), "--threads", "2",
      "--published", "2024-05-13"};

  @TempDir static Path dir;
  static Path corpus;
  static List<MalformedCorpus.Case> cases;

  @BeforeAll
  static void write() throws Exception {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    cases = MalformedCorpus.write(corpus, LIMIT_BYTES);
    SharedPipeline.get();
  }

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var cmd = ParleyCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return new Run(cmd.execute(args), out.toString(), err.toString());
  }

  static String[] with(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of(LIMITS));
    return all.toArray(String[]::new);
  }

  @Test
  void theCorpusHoldsOverTwoHundredCasesOfManyKinds() {
    assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
    assertThat(cases.stream().map(MalformedCorpus.Case::kind).collect(Collectors.toSet())).hasSizeGreaterThan(40);
  }

  @Test
  void extractGivesEveryCaseARecordOrAReasonAndKeepsTheControls() throws Exception {
    Run r = run(with("extract", corpus.toString()));
    assertThat(r.status()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains(" 0 failed").doesNotContain("Exception").doesNotContain("\tat ");
    List<JsonNode> records = new ArrayList<>();
    for (String line : r.out().lines().toList()) {
      records.add(ExtractionJson.mapper().readTree(line));
    }
    Set<String> ids = records.stream().map(n -> n.get("id").asText()).collect(Collectors.toSet());
    assertThat(ids).containsAll(MalformedCorpus.CONTROLS);
    List<String> skipped = r.err().lines().filter(l -> l.startsWith("parley extract: skipped")).toList();
    // Every refusal names a file of the corpus and says why.
    assertThat(skipped).allSatisfy(l -> assertThat(l).contains(corpus.toString()).matches(".*\\.(jsonl|txt|html|warc|warc\\.gz)\\b.*: .+"));
    // Every case is accounted for: refused by name, or read into a record (at least one per file read).
    long refusedFiles = cases.stream().filter(c -> skipped.stream().anyMatch(l -> l.contains(c.file().getFileName().toString())))
        .count();
    assertThat(refusedFiles + records.size()).isGreaterThanOrEqualTo(cases.size() + MalformedCorpus.CONTROLS.size());
    assertThat(records).allSatisfy(n -> assertThat(n.get("text").asText().length()).isLessThanOrEqualTo(LIMIT_BYTES));
  }

  @Test
  void ingestStoresTheControlsAndRefusesTheRestByName() {
    Path store = dir.resolve("store");
    Run r = run(with("ingest", corpus.toString(), "--store", store.toString()));
    assertThat(r.status()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).contains(" 0 failed");
    assertThat(r.err()).doesNotContain("\tat ");
    try (Store s = Stores.openExisting(store.toString())) {
      MalformedCorpus.CONTROLS.forEach(id -> assertThat(s.contains(id)).as(id).isTrue());
    }
  }
}
