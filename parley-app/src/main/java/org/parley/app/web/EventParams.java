package org.parley.app.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.parley.app.EventQueryCheck;
import org.parley.app.EventWords;
import org.parley.store.EventQuery;

/**
 * An event query from a request's parameters, one reading for the API, the pages and their CSV
 * downloads, so that a download holds what its page shows.
 */
final class EventParams {
  static final String[] NAMES = {"words", "actor", "country", "dyad", "root", "plover", "modality", "from", "to"};

  private EventParams() {}

  static EventQuery query(Map<String, String> q, int limit) {
    EventQuery query = new EventQuery(opt(q, "actor"), opt(q, "country"), opt(q, "dyad"), opt(q, "root"), opt(q, "plover"),
        opt(q, "modality"), date(q, "from"), date(q, "to"), limit);
    query = opt(q, "words").map(EventWords::of).map(query::withText).orElse(query);
    return EventQueryCheck.checked(query, "");
  }

  /** The filters present, as a query string for links and downloads. */
  static String queryString(Map<String, String> q) {
    StringBuilder out = new StringBuilder();
    for (String name : NAMES) {
      opt(q, name).ifPresent(v -> out.append(out.length() == 0 ? "" : "&amp;").append(name).append('=').append(Html.url(v)));
    }
    return out.toString();
  }

  static Optional<String> opt(Map<String, String> q, String key) {
    return Optional.ofNullable(q.get(key)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static Optional<LocalDate> date(Map<String, String> q, String key) {
    return opt(q, key).map(v -> {
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        throw new ApiException(400, key + " must be a date like 2024-03-15, not " + v);
      }
    });
  }
}
