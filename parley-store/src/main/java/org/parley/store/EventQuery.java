package org.parley.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which events to list. Every present field narrows the result.
 *
 * @param actor words in the source's or target's name
 * @param country a country code at either end (USA)
 * @param dyad two country codes, in either direction (USA-CHN)
 * @param text words in the evidence, trigger, actors or code name
 * @param limit at most this many rows
 * @param offset rows of the ordered result to skip first: a page's start
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
    Optional<EventText> text,
    int limit,
    int offset) {

  public EventQuery(Optional<String> actor, Optional<String> country, Optional<String> dyad, Optional<String> cameoRoot,
      Optional<String> plover, Optional<String> modality, Optional<LocalDate> from, Optional<LocalDate> to,
      Optional<EventText> text, int limit) {
    this(actor, country, dyad, cameoRoot, plover, modality, from, to, text, limit, 0);
  }

  public EventQuery(Optional<String> actor, Optional<String> country, Optional<String> dyad, Optional<String> cameoRoot,
      Optional<String> plover, Optional<String> modality, Optional<LocalDate> from, Optional<LocalDate> to, int limit) {
    this(actor, country, dyad, cameoRoot, plover, modality, from, to, Optional.empty(), limit, 0);
  }

  public static EventQuery all(int limit) {
    return new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), limit);
  }

  public EventQuery withActor(String words) {
    return new EventQuery(Optional.of(words), country, dyad, cameoRoot, plover, modality, from, to, text, limit, offset);
  }

  public EventQuery withCountry(String code) {
    return new EventQuery(actor, Optional.of(code), dyad, cameoRoot, plover, modality, from, to, text, limit, offset);
  }

  public EventQuery withDyad(String pair) {
    return new EventQuery(actor, country, Optional.of(pair), cameoRoot, plover, modality, from, to, text, limit, offset);
  }

  public EventQuery withText(EventText words) {
    return new EventQuery(actor, country, dyad, cameoRoot, plover, modality, from, to, Optional.of(words), limit, offset);
  }

  public EventQuery withLimit(int rows) {
    return new EventQuery(actor, country, dyad, cameoRoot, plover, modality, from, to, text, rows, offset);
  }

  public EventQuery withCameoRoot(String root) {
    return new EventQuery(actor, country, dyad, Optional.of(root), plover, modality, from, to, text, limit, offset);
  }

  /** The same query from this row of its ordered result on: {@code withLimit(100).withOffset(200)} is page 3. */
  public EventQuery withOffset(int rows) {
    return new EventQuery(actor, country, dyad, cameoRoot, plover, modality, from, to, text, limit, rows);
  }
}
