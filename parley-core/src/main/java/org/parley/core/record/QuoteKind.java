package org.parley.core.record;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The spec's {@code quotes[].kind}. */
public enum QuoteKind {
  DIRECT,
  PARTIAL,
  INDIRECT;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
