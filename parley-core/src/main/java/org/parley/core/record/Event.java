package org.parley.core.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.core.time.TimeValue;

/** One coded political event with its evidence: the spec's {@code events[]}. */
@JsonPropertyOrder({
  "id", "cameo", "plover", "source", "target", "source_code", "target_code", "modality", "date",
  "date_text", "location", "goldstein", "quad_class", "sentence", "trigger", "evidence", "confidence",
  "pattern", "mentions"
})
public record Event(
    String id,
    String cameo,
    String plover,
    Optional<String> source,
    Optional<String> target,
    @JsonProperty("source_code") Optional<String> sourceCode,
    @JsonProperty("target_code") Optional<String> targetCode,
    Modality modality,
    Optional<TimeValue> date,
    @JsonProperty("date_text") Optional<String> dateText,
    Optional<Location> location,
    double goldstein,
    @JsonProperty("quad_class") int quadClass,
    int sentence,
    Mention trigger,
    String evidence,
    double confidence,
    String pattern,
    List<Mention> mentions) {

  public Event {
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(plover, "plover");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(trigger, "trigger");
    mentions = List.copyOf(mentions);
  }
}
