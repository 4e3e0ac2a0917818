package org.parley.extract.dictionary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A post held by a well-known person over a period. */
public record KnownPerson(
    String name,
    List<String> aliases,
    Optional<String> country,
    String sector,
    String role,
    LocalDate from,
    Optional<LocalDate> to) {

  public boolean heldOn(LocalDate date) {
    return new Period(from, to).covers(date);
  }
}
