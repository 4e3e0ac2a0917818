package org.parley.core.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;

/**
 * A quotation with its speaker: the spec's {@code quotes[]}. {@code continues} names the quote whose
 * utterance this one goes on with, when an attribution broke it ('"…," she said, "…"') or it runs
 * on after one ('"…," she said. "…"').
 */
@JsonPropertyOrder({"id", "kind", "text", "start", "end", "speaker", "speaker_text", "cue", "continues"})
public record Quote(
    String id,
    QuoteKind kind,
    String text,
    int start,
    int end,
    Optional<String> speaker,
    @JsonProperty("speaker_text") Optional<String> speakerText,
    Optional<String> cue,
    Optional<String> continues) {

  /** A quote that goes on with no earlier one. */
  public Quote(String id, QuoteKind kind, String text, int start, int end, Optional<String> speaker,
      Optional<String> speakerText, Optional<String> cue) {
    this(id, kind, text, start, end, speaker, speakerText, cue, Optional.empty());
  }

  public Quote {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    // Records stored before quotes were linked read back without the field.
    continues = continues == null ? Optional.empty() : continues;
  }
}
