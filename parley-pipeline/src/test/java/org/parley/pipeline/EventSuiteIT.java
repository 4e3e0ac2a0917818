package org.parley.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.core.record.Event;
import org.parley.core.record.Extraction;
import org.parley.core.time.TimeValue;

/**
 * Parley's own event sentences (src/test/resources/events/suite.tsv): at least three per CAMEO
 * root plus modality, date, nominal, passive and coordination cases. Each must yield its event with
 * code, source, target, date and modality, or, for a row whose code starts with "!", no event of
 * that code (and of that source and target, where the row names them); per-root precision and recall go to
 * target/event-suite-report.tsv.
 */
class EventSuiteIT {
  /** One sentence; {@code knownWeakness}, when set, says why Parley still gets it wrong. */
  record Case(String id, String group, LocalDate published, String cameo, String source, String target,
      String date, String modality, String text, String knownWeakness) {
    @Override
    public String toString() {
      return id + " " + text;
    }

    /**
     * A row whose code starts with "!" says the sentence must yield no event of that code (with
     * that source and target, where they are not "-").
     */
    boolean forbids() {
      return cameo.startsWith("!");
    }

    boolean matches(Event e) {
      return e.cameo().startsWith(cameo)
          && e.sourceCode().orElse("-").equals(source)
          && e.targetCode().orElse("-").equals(target)
          && e.date().map(TimeValue::iso).orElse("-").equals(date)
          && e.modality().json().equals(modality);
    }
  }

  private static final Map<String, int[]> TALLY = new TreeMap<>();

  static Stream<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = EventSuiteIT.class.getResourceAsStream("/events/suite.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (String line : lines) {
        if (line.startsWith("#") || line.startsWith("id\t") || line.isBlank()) {
          continue;
        }
        String[] c = line.split("\t");
        cases.add(new Case(c[0], c[1], LocalDate.parse(c[2]), c[3], c[4], c[5], c[6], c[7], c[8],
            c.length > 9 ? c[9] : ""));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void codesTheEvent(Case c) {
    Extraction record = SharedPipeline.extract(c.text(), c.published());
    if (c.forbids()) {
      List<Event> wrong = record.events().stream().filter(e -> e.cameo().startsWith(c.cameo().substring(1))
          && (c.source().equals("-") || e.sourceCode().orElse("-").equals(c.source()))
          && (c.target().equals("-") || e.targetCode().orElse("-").equals(c.target()))).toList();
      synchronized (EventSuiteIT.class) {
        TALLY.computeIfAbsent(c.cameo().substring(1, 3), r -> new int[3])[1] += wrong.size();
      }
      Assumptions.assumeTrue(wrong.isEmpty() || c.knownWeakness().isEmpty(), () -> "known weakness: " + c.knownWeakness());
      assertThat(wrong).as("%s: want no %s event", c.id(), c.cameo().substring(1))
          .extracting(EventSuiteIT::describe).isEmpty();
      return;
    }
    Optional<Event> hit = record.events().stream().filter(c::matches).findFirst();
    tally(c, record, hit);
    Assumptions.assumeTrue(hit.isPresent() || c.knownWeakness().isEmpty(), () -> "known weakness: " + c.knownWeakness());
    assertThat(hit)
        .as("%s: want %s %s->%s %s %s; got %s", c.id(), c.cameo(), c.source(), c.target(), c.date(), c.modality(),
            record.events().stream().map(EventSuiteIT::describe).toList())
        .isPresent();
  }

  private static synchronized void tally(Case c, Extraction record, Optional<Event> hit) {
    String root = c.cameo().substring(0, 2);
    int[] t = TALLY.computeIfAbsent(root, r -> new int[3]);
    if (hit.isPresent()) {
      t[0]++;
    } else {
      t[2]++;
    }
    for (Event e : record.events()) {
      if (hit.isEmpty() || e != hit.get() && !mirrors(e, hit.get())) {
        TALLY.computeIfAbsent(e.cameo().substring(0, 2), r -> new int[3])[1]++;
      }
    }
  }

  /** The other side's half of a symmetric event ("X and Y met"), which CAMEO codes for each side. */
  private static boolean mirrors(Event e, Event expected) {
    return e.trigger().equals(expected.trigger()) && e.cameo().equals(expected.cameo())
        && e.target().isPresent() && e.target().equals(expected.source()) && expected.target().equals(e.source());
  }

  private static String describe(Event e) {
    return e.cameo() + " " + e.sourceCode().orElse("-") + "->" + e.targetCode().orElse("-") + " "
        + e.date().map(TimeValue::iso).orElse("-") + " " + e.modality().json() + " [" + e.pattern() + "]";
  }

  @AfterAll
  static void report() throws IOException {
    StringBuilder out = new StringBuilder("root\ttp\tfp\tfn\tprecision\trecall\n");
    int[] all = new int[3];
    for (var entry : TALLY.entrySet()) {
      int[] t = entry.getValue();
      for (int i = 0; i < 3; i++) {
        all[i] += t[i];
      }
      out.append(row(entry.getKey(), t));
    }
    out.append(row("all", all));
    Path report = Path.of("target", "event-suite-report.tsv");
    Files.createDirectories(report.getParent());
    Files.writeString(report, out.toString());
    System.out.print(out);
  }

  private static String row(String name, int[] t) {
    double p = t[0] + t[1] == 0 ? 0 : (double) t[0] / (t[0] + t[1]);
    double r = t[0] + t[2] == 0 ? 0 : (double) t[0] / (t[0] + t[2]);
    return String.format(java.util.Locale.ROOT, "%s\t%d\t%d\t%d\t%.2f\t%.2f%n", name, t[0], t[1], t[2], p, r);
  }
}
