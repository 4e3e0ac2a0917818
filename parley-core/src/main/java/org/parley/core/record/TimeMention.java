package org.parley.core.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.parley.core.time.TimeValue;

/** A time expression with its normalised value: the spec's {@code times[]}. */
@JsonPropertyOrder({"text", "start", "end", "type", "value"})
public record TimeMention(String text, int start, int end, TimeType type, TimeValue value) {
  public TimeMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}
