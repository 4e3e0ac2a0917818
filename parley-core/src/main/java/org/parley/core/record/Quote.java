package org.parley.core.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;

/** A quotation with its speaker: the spec's {@code quotes[]}. */
@JsonPropertyOrder({"id", "kind", "text", "start", "end", "speaker", "speaker_text", "cue"})
public record Quote(
    String id,
    QuoteKind kind,
    String text,
    int start,
    int end,
    Optional<String> speaker,
    @JsonProperty("speaker_text") Optional<String> speakerText,
    Optional<String> cue) {

  public Quote {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
