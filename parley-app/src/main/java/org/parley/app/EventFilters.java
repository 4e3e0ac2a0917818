package org.parley.app;

import java.time.LocalDate;
import java.util.Optional;
import org.parley.store.EventQuery;
import picocli.CommandLine.Option;

/** The event filters `parley query events` and `parley export` share. */
public final class EventFilters {
  @Option(names = "--actor", description = "Words in the source's or target's name.")
  Optional<String> actor = Optional.empty();

  @Option(names = "--country", description = "A country code at either end (USA).")
  Optional<String> country = Optional.empty();

  @Option(names = "--dyad", description = "Two country codes, either direction (USA-CHN).")
  Optional<String> dyad = Optional.empty();

  @Option(names = "--root", description = "A CAMEO root code (04, 17).")
  Optional<String> root = Optional.empty();

  @Option(names = "--plover", description = "A PLOVER event type (CONSULT, COERCE).")
  Optional<String> plover = Optional.empty();

  @Option(names = "--modality", description = "asserted, planned, possible or negated.")
  Optional<String> modality = Optional.empty();

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events dated on or after.")
  Optional<LocalDate> from = Optional.empty();

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events dated on or before.")
  Optional<LocalDate> to = Optional.empty();

  @Option(names = "--limit", description = "At most this many rows (default: ${DEFAULT-VALUE}).")
  int limit = 10_000;

  EventQuery query() {
    return EventQueryCheck.checked(new EventQuery(actor, country, dyad, root, plover, modality, from, to, limit), "--");
  }
}
