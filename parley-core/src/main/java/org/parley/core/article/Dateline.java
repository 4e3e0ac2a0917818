package org.parley.core.article;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;

/**
 * A dateline's parts, kept as metadata once it is cut from the body: "MOSCOW, April 28 (Reuters) -"
 * gives place "Moscow", date text "April 28" and outlet "Reuters".
 */
@JsonPropertyOrder({"text", "place", "date_text", "outlet"})
public record Dateline(
    String text,
    String place,
    @JsonProperty("date_text") Optional<String> dateText,
    Optional<String> outlet) {
  public Dateline {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(dateText, "dateText");
    Objects.requireNonNull(outlet, "outlet");
  }
}
