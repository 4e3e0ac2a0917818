package org.parley.app;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.regex.Pattern;
import org.parley.core.error.BadInputException;
import org.parley.core.record.Modality;
import org.parley.extract.events.Codebook;
import org.parley.store.EventQuery;

/**
 * Checks an event query's filters before anything is read, and writes them the way the store keeps
 * them (codes in capitals, CAMEO roots with two digits). One rule for the command line and the API,
 * each naming its parameters its own way ("--dyad" or "dyad").
 */
public final class EventQueryCheck {
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
  private static final Pattern DYAD = Pattern.compile("[A-Z]{3}-[A-Z]{3}");
  private static final SortedSet<String> PLOVER = Codebook.bundled().ploverTypes();
  private static final java.util.List<String> MODALITIES = Arrays.stream(Modality.values()).map(Modality::json).toList();

  private EventQueryCheck() {}

  /**
   * @param prefix what goes before a parameter's name in a message: "--" on the command line, "" in the API
   * @throws BadInputException naming the parameter, the value given, and what it may be
   */
  public static EventQuery checked(EventQuery q, String prefix) {
    Optional<String> country = q.country().map(c -> upper(c));
    country.filter(c -> !CODE.matcher(c).matches()).ifPresent(c -> {
      throw bad(prefix, "country", c, "a three-letter country code, like KEN");
    });
    Optional<String> dyad = q.dyad().map(d -> upper(d));
    dyad.filter(d -> !DYAD.matcher(d).matches()).ifPresent(d -> {
      throw bad(prefix, "dyad", d, "two three-letter country codes joined by a hyphen, like KEN-UGA");
    });
    Optional<String> root = q.cameoRoot().map(String::strip).map(r -> root(prefix, r));
    Optional<String> plover = q.plover().map(p -> upper(p));
    plover.filter(p -> !PLOVER.contains(p)).ifPresent(p -> {
      throw bad(prefix, "plover", p, "one of " + String.join(", ", PLOVER));
    });
    Optional<String> modality = q.modality().map(m -> m.strip().toLowerCase(Locale.ROOT));
    modality.filter(m -> !MODALITIES.contains(m)).ifPresent(m -> {
      throw bad(prefix, "modality", m, "one of " + String.join(", ", MODALITIES));
    });
    if (q.from().isPresent() && q.to().isPresent() && q.from().get().isAfter(q.to().get())) {
      throw new BadInputException(prefix + "from " + q.from().get() + " is after " + prefix + "to " + q.to().get()
          + "; give the earlier date first");
    }
    if (q.limit() < 1) {
      throw bad(prefix, "limit", Integer.toString(q.limit()), "a whole number of at least 1");
    }
    return new EventQuery(q.actor(), country, dyad, root, plover, modality, q.from(), q.to(), q.text(), q.limit(),
        q.offset());
  }

  private static String root(String prefix, String r) {
    if (r.matches("\\d{1,2}")) {
      int n = Integer.parseInt(r);
      if (n >= 1 && n <= 20) {
        return String.format(Locale.ROOT, "%02d", n);
      }
    }
    throw bad(prefix, "root", r, "a CAMEO root from 01 to 20, like 04 (consult) or 17 (coerce)");
  }

  private static String upper(String code) {
    return code.strip().toUpperCase(Locale.ROOT);
  }

  private static BadInputException bad(String prefix, String name, String value, String allowed) {
    return new BadInputException(prefix + name + " " + value + " is not valid; use " + allowed);
  }
}
