package org.parley.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which events to list. Every present field narrows the result.
 *
 * @param actor words in the source's or target's name
 * @param country a country code at either end (USA)
 * @param dyad two country codes, in either direction (USA-CHN)
 */
public record EventQuery(
    Optional<String> actor,
    Optional<String> country,
    Optional<String> dyad,
    Optional<String> cameoRoot,
    Optional<String> plover,
    Optional<String> modality,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    int limit) {

  public static EventQuery all(int limit) {
    return new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), limit);
  }
}
