package org.parley.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-written pages, one per way a story goes wrong on the web (split bodies, hidden copies,
 * page-wide forms, bylines, comments, "read more" links, captions, tables, lists and headings that
 * belong to the story, a lead set apart, an advertisement mid-story, a page in German): what the
 * extracted story must and must not hold, as {@code parley page} writes it.
 */
class PageFixturesTest {
  static Stream<String> pages() {
    return Stream.of("split-columns", "hidden-copy", "page-form", "misnamed-wrapper", "inline-credit", "byline", "comments",
        "read-more", "captions", "story-parts", "lead-apart", "lead-markup", "ad-break", "teaser-sibling", "german");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void theStoryHoldsWhatItShouldAndNothingElse(String name) throws IOException {
    String text = new PageStory().read(resource(name + ".html")).text().replaceAll("\\s+", " ");
    List<String> expectations = resource(name + ".expect").lines().filter(l -> !l.isBlank()).toList();
    assertThat(expectations).isNotEmpty();
    SoftAssertions soft = new SoftAssertions();
    for (String line : expectations) {
      String wanted = line.substring(2).strip();
      if (line.startsWith("+ ")) {
        soft.assertThat(text).as("%s keeps", name).contains(wanted);
      } else {
        soft.assertThat(text).as("%s drops", name).doesNotContain(wanted);
      }
    }
    soft.assertAll();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = PageFixturesTest.class.getResourceAsStream("/pages/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
