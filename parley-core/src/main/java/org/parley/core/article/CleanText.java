package org.parley.core.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The article body with page furniture removed, plus what the furniture told us.
 *
 * @param text the body a reader would read, paragraphs separated by blank lines
 * @param headline the first line when it reads as a headline, removed from {@code text}
 * @param dateline place, outlet and date taken from a dateline such as "TOKYO (Jiji Press) —"
 * @param removed every stretch of furniture that was dropped, for audit and tests
 */
public record CleanText(
    String text,
    Optional<String> headline,
    Optional<Dateline> dateline,
    Optional<LocalDate> published,
    List<String> removed) {

  public CleanText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(published, "published");
    removed = List.copyOf(removed);
  }
}
