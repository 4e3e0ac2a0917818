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
    List<String> outlets) {

  public Article {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(body, "body");
    outlets = List.copyOf(outlets);
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
    return new Article(origin, id, url, title, outlet, Optional.of(date), body, html, outlets);
  }
}
