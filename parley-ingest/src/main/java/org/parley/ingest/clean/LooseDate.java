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
