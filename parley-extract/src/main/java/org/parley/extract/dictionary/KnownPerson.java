package org.parley.extract.dictionary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A post held by a well-known person over a period; a post in an international body carries CAMEO's
 * code for that body ({@code cameo}: "UNO" for the United Nations).
 */
public record KnownPerson(
    String name,
    List<String> aliases,
    Optional<String> country,
    String sector,
    String role,
    LocalDate from,
    Optional<LocalDate> to,
    Optional<String> cameo) {

  public boolean heldOn(LocalDate date) {
    return new Period(from, to).covers(date);
  }
}
