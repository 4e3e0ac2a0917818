package org.parley.core.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as it arrives from a source, before cleaning.
 *
 * @param origin where it came from, for messages ("feed.jsonl line 14", "story.html")
 * @param body the raw body: plain text, or HTML when {@code html} is true
 * @param fileDate a date the file around the story gives: its name ("2024-05-14-strike.txt") or a web
 *     archive's capture date. The weakest evidence of publication (a page is captured after it is
 *     published), used only when neither the input, the page nor the text gives one
 */
public record Article(
    String origin,
    Optional<String> id,
    Optional<String> url,
    Optional<String> title,
    Optional<String> outlet,
    Optional<LocalDate> published,
    String body,
    boolean html,
    List<String> outlets,
    Optional<LocalDate> fileDate) {

  public Article(String origin, Optional<String> id, Optional<String> url, Optional<String> title, Optional<String> outlet,
      Optional<LocalDate> published, String body, boolean html, List<String> outlets) {
    this(origin, id, url, title, outlet, published, body, html, outlets, Optional.empty());
  }

  public Article {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(body, "body");
    outlets = List.copyOf(outlets);
    Objects.requireNonNull(fileDate, "fileDate");
  }

  /** A plain-text article with no metadata but its origin. */
  public static Article ofText(String origin, String text) {
    return new Article(
        origin,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        text,
        false,
        List.of());
  }

  public Article withPublished(LocalDate date) {
    return new Article(origin, id, url, title, outlet, Optional.of(date), body, html, outlets, fileDate);
  }
}
