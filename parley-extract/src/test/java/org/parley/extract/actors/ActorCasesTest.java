package org.parley.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.parley.core.record.Actor;
import org.parley.extract.dictionary.Knowledge;
import org.parley.extract.testing.HandParse;
import org.parley.extract.testing.Tagged;

/**
 * Parley's own actor cases (src/test/resources/actors/cases.tsv): one hand-tagged sentence each,
 * its story date and country, and the country and sector one actor in it must get. Rows marked
 * known are reported and skipped, not hidden.
 */
class ActorCasesTest {
  private record Case(String id, String group, LocalDate date, Optional<String> main, String text, String actor,
      String expected, String known) {}

  private static ActorFinder finder;
  private static List<Case> cases;

  @BeforeAll
  static void load() throws Exception {
    finder = new ActorFinder(Knowledge.load(Optional.empty()));
    cases = read();
  }

  private static List<Case> read() throws Exception {
    List<Case> out = new ArrayList<>();
    var stream = Objects.requireNonNull(ActorCasesTest.class.getResourceAsStream("/actors/cases.tsv"));
    try (var in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      String header = null;
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header == null) {
          header = line;
          continue;
        }
        String[] f = line.split("\t", -1);
        out.add(new Case(f[0], f[1], LocalDate.parse(f[2]), f[3].equals("-") ? Optional.empty() : Optional.of(f[3]),
            f[4], f[5], f[6], f.length > 7 ? f[7] : ""));
      }
    }
    return out;
  }

  private static String codeOf(Case c) {
    var doc = HandParse.on(c.date()).add(Tagged.tokens(c.text()), "").build();
    List<Actor> actors = finder.find(doc, c.main());
    return actors.stream().filter(a -> a.name().contains(c.actor())).findFirst()
        .map(a -> a.country().orElse("-") + "/" + a.sector().orElse("-"))
        .orElse("no actor '" + c.actor() + "' in " + actors.stream().map(Actor::name).toList());
  }

  @TestFactory
  Stream<DynamicTest> everyCase() {
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.id() + " " + c.group() + ": " + c.actor(), () -> {
      Assumptions.assumeTrue(c.known().isEmpty(), () -> "known weakness: " + c.known());
      assertThat(codeOf(c)).as(c.text()).isEqualTo(c.expected());
    }));
  }

  @Test
  void theSuiteSpansTheKindsOfErrorAndTheWorld() {
    assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
    Map<String, Integer> byGroup = new TreeMap<>();
    cases.forEach(c -> byGroup.merge(c.group(), 1, Integer::sum));
    assertThat(byGroup.keySet()).contains("title-near-state", "nationality", "party", "former", "armed-group",
        "place", "dated");
    long countries = cases.stream().map(c -> c.expected().split("/")[0]).filter(s -> !s.equals("-")).distinct().count();
    assertThat(countries).isGreaterThanOrEqualTo(40);
    long right = cases.stream().filter(c -> c.known().isEmpty() && codeOf(c).equals(c.expected())).count();
    System.out.printf("actor cases: %d, %d right, %d known weak, %d countries, by group %s%n",
        cases.size(), right, cases.stream().filter(c -> !c.known().isEmpty()).count(), countries, byGroup);
  }
}
