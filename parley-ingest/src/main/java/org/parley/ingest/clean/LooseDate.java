package org.parley.ingest.clean;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the calendar dates that pages print in bylines and meta lines, in the common layouts. */
final class LooseDate {
  private static final Map<String, Month> MONTHS = new HashMap<>();

  static {
    for (Month m : Month.values()) {
      MONTHS.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
      MONTHS.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
    }
    MONTHS.put("sept", Month.SEPTEMBER);
  }

  private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern MONTH_FIRST =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_FIRST =
      Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

  private LooseDate() {}

  static Optional<LocalDate> find(String text) {
    Matcher m = ISO.matcher(text);
    if (m.find()) {
      return date(m.group(1), monthNumbered(m.group(2)), m.group(3));
    }
    m = MONTH_FIRST.matcher(text);
    if (m.find()) {
      return date(m.group(3), month(m.group(1)), m.group(2));
    }
    m = DAY_FIRST.matcher(text);
    if (m.find()) {
      return date(m.group(3), month(m.group(2)), m.group(1));
    }
    return Optional.empty();
  }

  private static final Pattern DATE_LINE_REST =
      Pattern.compile("[\\s,.|/-]*((mon|tues|wednes|thurs|fri|satur|sun)day)?[\\s,.|/-]*", Pattern.CASE_INSENSITIVE);

  /**
   * A line that is a date and nothing else ("Tuesday, 14 May 2024"), as pages print above a story:
   * the publication date. A date inside a sentence is not.
   */
  static boolean isDateLine(String line) {
    String s = line.strip();
    if (s.length() > 40) {
      return false;
    }
    for (Pattern p : new Pattern[] {ISO, MONTH_FIRST, DAY_FIRST}) {
      Matcher m = p.matcher(s);
      if (m.find() && date(p, m).isPresent()) {
        return DATE_LINE_REST.matcher(s.substring(0, m.start()) + " " + s.substring(m.end())).matches();
      }
    }
    return false;
  }

  private static Optional<LocalDate> date(Pattern p, Matcher m) {
    if (p == ISO) {
      return date(m.group(1), monthNumbered(m.group(2)), m.group(3));
    }
    return p == MONTH_FIRST ? date(m.group(3), month(m.group(1)), m.group(2)) : date(m.group(3), month(m.group(2)), m.group(1));
  }

  private static Optional<Month> month(String name) {
    return Optional.ofNullable(MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", "")));
  }

  private static Optional<Month> monthNumbered(String number) {
    int n = Integer.parseInt(number);
    return n >= 1 && n <= 12 ? Optional.of(Month.of(n)) : Optional.empty();
  }

  private static Optional<LocalDate> date(String year, Optional<Month> month, String day) {
    if (month.isEmpty()) {
      return Optional.empty();
    }
    int d = Integer.parseInt(day);
    if (d < 1 || d > month.get().maxLength()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month.get(), d));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
