package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Store;
import org.parley.store.Stores;
import picocli.CommandLine;

/**
 * A person's mistakes on the command line: each is told in one line that says what is wrong and
 * what to do, with exit status 2, before anything slow is loaded, and never as a stack trace.
 */
class CommandLineErrorsTest {
  @TempDir Path dir;

  record Outcome(int status, String err) {}

  static Outcome run(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cmd = ParleyCommand.commandLine();
    cmd.setErr(new PrintWriter(err));
    cmd.setOut(new PrintWriter(new StringWriter()));
    int status = cmd.execute(args);
    return new Outcome(status, err.toString());
  }

  Path existingStore() {
    Path folder = dir.resolve("store");
    try (Store s = Stores.open(folder.toString())) {
      s.stats();
    }
    return folder;
  }

  static void assertOneLine(Outcome o, String... fragments) {
    assertThat(o.status()).as(o.err()).isEqualTo(2);
    assertThat(o.err().strip().lines()).as(o.err()).hasSize(1);
    assertThat(o.err()).startsWith("parley: ").doesNotContain("Exception").doesNotContain("\tat ");
    for (String f : fragments) {
      assertThat(o.err()).contains(f);
    }
  }

  @Test
  void badEventFiltersNameTheOptionAndWhatItMayBe() {
    String store = existingStore().toString();
    assertOneLine(run("query", "events", "--store", store, "--dyad", "USA"), "--dyad USA", "KEN-UGA");
    assertOneLine(run("query", "events", "--store", store, "--modality", "maybe"), "--modality maybe",
        "asserted, planned, possible, negated");
    assertOneLine(run("query", "events", "--store", store, "--root", "33"), "--root 33", "01 to 20");
    assertOneLine(run("query", "events", "--store", store, "--plover", "HUG"), "--plover HUG", "CONSULT");
    assertOneLine(run("query", "events", "--store", store, "--from", "2024-05-01", "--to", "2024-01-01"), "give the earlier date first");
    assertOneLine(run("export", "--store", store, "--format", "xml"), "csv, jsonl, gdelt", "parley export --help");
  }

  @Test
  void aCopiesWindowOfNoArticlesIsRefusedBeforeTheModelsLoad() throws Exception {
    Path input = java.nio.file.Files.writeString(dir.resolve("one.jsonl"), "{\"text\":\"Rain fell in Quito.\"}\n");
    assertOneLine(run("ingest", "--store", dir.resolve("s").toString(), "--remember", "0", input.toString()), "--remember 0",
        "1 or more");
  }

  @Test
  void goodFiltersInAnyCaseAreAccepted() {
    String store = existingStore().toString();
    assertThat(run("query", "events", "--store", store, "--dyad", "ken-uga", "--modality", "Asserted", "--root", "4",
        "--plover", "consult").status()).isZero();
  }

  @Test
  void aReadingCommandRefusesAStoreThatDoesNotExist() {
    Path typo = dir.resolve("typo");
    assertOneLine(run("query", "events", "--store", typo.toString()), "no store at " + typo);
    assertOneLine(run("export", "--format", "csv", "--store", typo.toString()), "no store at " + typo);
    assertThat(typo).doesNotExist();
  }

  @Test
  void missingInputsAreToldBeforeTheModelsLoad() {
    Path missing = dir.resolve("missing.jsonl");
    Outcome ingest = run("ingest", missing.toString(), "--store", dir.resolve("s").toString());
    assertOneLine(ingest, missing + ": no such file or folder");
    assertThat(ingest.err()).doesNotContain("loading models");
    assertOneLine(run("eval", dir.resolve("no-gold").toString()), "no-gold: no such file or folder");
  }

  @Test
  void anUnreachablePostgresIsOneLine() {
    assertOneLine(run("query", "events", "--store", "postgresql://parley:pw@127.0.0.1:1/parley"), "cannot reach the PostgreSQL store");
  }

  @Test
  void everyCommandSummaryIsAWholeSentence() {
    // `parley --help` lists each command with the first line of its description.
    for (var sub : ParleyCommand.commandLine().getSubcommands().values()) {
      String[] description = sub.getCommandSpec().usageMessage().description();
      if (description.length > 0) {
        assertThat(description[0].strip()).as(sub.getCommandName()).endsWith(".");
      }
    }
  }

  @Test
  void theReadmeCommandsAreThoseTheCommandLineAccepts() throws Exception {
    Path readme = Path.of("").toAbsolutePath().getParent().resolve("README.md");
    // Synopsis lines ("[INPUT...]") describe a command rather than give one; a redirection is the shell's.
    List<String> commands = Files.readAllLines(readme).stream().map(String::strip).filter(l -> l.startsWith("./parley "))
        .filter(l -> !l.contains("[")).map(l -> l.replaceFirst("\\s+#.*$", "").replaceFirst("\\s+>.*$", "")).toList();
    assertThat(commands).isNotEmpty();
    for (String line : commands) {
      assertThat(line).as("pasteable as it stands").doesNotContain("|");
      String[] args = line.substring("./parley ".length()).split("\\s+");
      // Parsing only: each line must name options and values the command line knows.
      var parsed = ParleyCommand.commandLine().parseArgs(args);
      assertThat(parsed.hasSubcommand()).as(line).isTrue();
    }
  }

  @Test
  void libraryLogLinesAreOffUnlessVerboseAsksForThem() {
    String key = "org.slf4j.simpleLogger.defaultLogLevel";
    String before = System.getProperty(key);
    try {
      System.clearProperty(key);
      String store = existingStore().toString();
      run("query", "events", "--store", store);
      assertThat(System.getProperty(key)).isEqualTo("warn");
      run("query", "events", "--store", store, "--verbose");
      assertThat(System.getProperty(key)).isEqualTo("info");
    } finally {
      if (before == null) {
        System.clearProperty(key);
      } else {
        System.setProperty(key, before);
      }
    }
  }
}
