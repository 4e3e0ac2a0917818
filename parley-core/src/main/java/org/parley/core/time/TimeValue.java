package org.parley.core.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;

/** A normalised time value with its precision; written to JSON as the spec's string form. */
public sealed interface TimeValue {

  /** The spec's string form: {@code 2023-06-19}, {@code 2023-06}, {@code 2023}, {@code PT3H}. */
  @JsonValue
  String iso();

  /**
   * Reads the string form back, as stored records are read: the inverse of {@link #iso()}.
   *
   * @throws IllegalArgumentException for a string that is no time value
   */
  @JsonCreator
  static TimeValue parse(String iso) {
    if (iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return new Day(LocalDate.parse(iso));
    }
    if (iso.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}")) {
      return new Clock(LocalDate.parse(iso.substring(0, 10)), Integer.parseInt(iso.substring(11, 13)),
          Integer.parseInt(iso.substring(14, 16)));
    }
    if (iso.matches("\\d{4}-\\d{2}")) {
      return new Month(YearMonth.parse(iso));
    }
    if (iso.matches("\\d{4}")) {
      return new YearOnly(Year.parse(iso));
    }
    if (iso.matches("\\d{4}-(SP|SU|FA|WI)")) {
      return new Season(Year.parse(iso.substring(0, 4)), iso.substring(5));
    }
    if (iso.endsWith("_REF")) {
      return new Reference(iso);
    }
    return new Duration(iso);
  }

  /** True for values that name a point or period on the calendar (not durations or vague refs). */
  default boolean isCalendar() {
    return this instanceof Day || this instanceof Clock || this instanceof Month || this instanceof YearOnly || this instanceof Season;
  }

  record Day(LocalDate date) implements TimeValue {
    public Day {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String iso() {
      return date.toString();
    }
  }

  record Month(YearMonth month) implements TimeValue {
    public Month {
      Objects.requireNonNull(month, "month");
    }

    @Override
    public String iso() {
      return month.toString();
    }
  }

  record YearOnly(Year year) implements TimeValue {
    public YearOnly {
      Objects.requireNonNull(year, "year");
    }

    @Override
    public String iso() {
      return year.toString();
    }
  }

  /** A time of day on a date: {@code 2022-10-14T01:47}. */
  record Clock(LocalDate date, int hour, int minute) implements TimeValue {
    public Clock {
      if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
        throw new IllegalArgumentException("bad clock time " + hour + ":" + minute);
      }
    }

    @Override
    public String iso() {
      return String.format(java.util.Locale.ROOT, "%sT%02d:%02d", date, hour, minute);
    }
  }

  /** A season of a year, TIMEX3 style: {@code 2023-SU}. */
  record Season(Year year, String code) implements TimeValue {
    public Season {
      if (!code.matches("SP|SU|FA|WI")) {
        throw new IllegalArgumentException("season code must be SP, SU, FA or WI: " + code);
      }
    }

    @Override
    public String iso() {
      return year + "-" + code;
    }
  }

  /** An ISO 8601 duration such as {@code PT3H}, {@code P5Y}, {@code PT7.5H}. */
  record Duration(String value) implements TimeValue {
    public Duration {
      if (!value.matches("P(\\d+(\\.\\d+)?[YMWD])*(T(\\d+(\\.\\d+)?[HMS])+)?")) {
        throw new IllegalArgumentException("not an ISO 8601 duration: " + value);
      }
    }

    @Override
    public String iso() {
      return value;
    }
  }

  /** A vague reference: {@code PAST_REF}, {@code PRESENT_REF}, {@code FUTURE_REF}. */
  record Reference(String value) implements TimeValue {
    public Reference {
      if (!value.matches("PAST_REF|PRESENT_REF|FUTURE_REF")) {
        throw new IllegalArgumentException("unknown time reference: " + value);
      }
    }

    @Override
    public String iso() {
      return value;
    }
  }
}
