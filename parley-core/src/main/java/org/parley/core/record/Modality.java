package org.parley.core.record;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How surely an event is reported: the spec's {@code events[].modality}. */
public enum Modality {
  ASSERTED,
  PLANNED,
  POSSIBLE,
  NEGATED;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
