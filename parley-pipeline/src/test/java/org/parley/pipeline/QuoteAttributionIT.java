package org.parley.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.core.record.Actor;
import org.parley.core.record.Extraction;
import org.parley.core.record.Quote;

/**
 * Parley's own quotation cases (src/test/resources/quotes/cases.txt): every layout of the quotes
 * issue, each asserting the quoted text, its kind and its speaker.
 */
class QuoteAttributionIT {
  record Expected(String kind, String text, String speaker) {}

  record Case(String id, String layout, String article, List<Expected> expected) {
    @Override
    public String toString() {
      return id + " " + layout;
    }
  }

  static Stream<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = QuoteAttributionIT.class.getResourceAsStream("/quotes/cases.txt")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      int i = 0;
      while (i < lines.size()) {
        String line = lines.get(i);
        if (!line.startsWith("== ")) {
          i++;
          continue;
        }
        String[] head = line.substring(3).split("\\|", 2);
        StringBuilder article = new StringBuilder();
        i++;
        while (!lines.get(i).equals("--")) {
          article.append(lines.get(i)).append('\n');
          i++;
        }
        i++;
        List<Expected> expected = new ArrayList<>();
        while (i < lines.size() && !lines.get(i).startsWith("== ")) {
          if (!lines.get(i).isBlank()) {
            String[] e = lines.get(i).split(" \\| ", 3);
            expected.add(new Expected(e[0].strip(), e[1].strip(), e[2].strip()));
          }
          i++;
        }
        cases.add(new Case(head[0].strip(), head[1].strip(), article.toString().strip(), expected));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsTheQuoteItsKindAndItsSpeaker(Case c) {
    Extraction record = SharedPipeline.extract(c.article(), LocalDate.of(2024, 3, 15));
    for (Expected want : c.expected()) {
      Optional<Quote> found = record.quotes().stream().filter(q -> norm(q.text()).equals(norm(want.text()))).findFirst();
      String got = record.quotes().stream().map(q -> describe(record, q)).toList().toString();
      if (want.kind().equals("none")) {
        assertThat(found).as("%s: %s is not speech; got %s", c.id(), want.text(), got).isEmpty();
        continue;
      }
      assertThat(found).as("%s: no quote %s; got %s", c.id(), want.text(), got).isPresent();
      assertThat(found.get().kind().name().toLowerCase(Locale.ROOT)).as("%s kind; got %s", c.id(), got).isEqualTo(want.kind());
      Optional<String> speaker = found.get().speaker()
          .flatMap(id -> record.actors().stream().filter(a -> a.id().equals(id)).findFirst()).map(Actor::name);
      if (want.speaker().equals("-")) {
        assertThat(speaker).as("%s speaker; got %s", c.id(), got).isEmpty();
      } else {
        assertThat(speaker).as("%s speaker; got %s", c.id(), got).contains(want.speaker());
      }
    }
  }

  private static String describe(Extraction record, Quote q) {
    String who = q.speaker().flatMap(id -> record.actors().stream().filter(a -> a.id().equals(id)).findFirst())
        .map(Actor::name).orElse("-");
    return q.kind() + " '" + q.text() + "' by " + who + " (" + q.speakerText().orElse("") + "/" + q.cue().orElse("") + ")";
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]+", " ").replaceAll("\\s+", " ").strip();
  }
}
