package org.parley.extract.dictionary;

import java.time.LocalDate;
import java.util.Optional;

/** A span of dates from {@code from} up to, not including, {@code to}; open when {@code to} is empty. */
public record Period(LocalDate from, Optional<LocalDate> to) {
  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && to.map(date::isBefore).orElse(true);
  }
}
