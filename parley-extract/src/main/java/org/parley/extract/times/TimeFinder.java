package org.parley.extract.times;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.core.record.TimeMention;
import org.parley.core.record.TimeType;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.Sentence;
import org.parley.core.text.Token;
import org.parley.core.time.TimeValue;

/**
 * Finds date, time and duration expressions and resolves them against the document date and the
 * tense of their clause: published on Monday 2023-06-19, "on Sunday" is 2023-06-18 and "in
 * November" in a past-tense sentence is 2022-11.
 */
public final class TimeFinder {
  private static final Map<String, Integer> NUMBERS = new HashMap<>();

  static {
    String[] words = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    for (int i = 0; i < words.length; i++) {
      NUMBERS.put(words[i], i);
    }
    NUMBERS.put("thirty", 30);
    NUMBERS.put("forty", 40);
    NUMBERS.put("fifty", 50);
    NUMBERS.put("a", 1);
    NUMBERS.put("an", 1);
    NUMBERS.put("a few", 3);
    NUMBERS.put("several", 3);
    NUMBERS.put("a couple of", 2);
    NUMBERS.put("hundred", 100);
  }

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December|"
          + "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
  private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String PART = "(?:\\s+(?:morning|afternoon|evening|night))?";
  // Words before a day or a month open a sentence as often as not ("Last May, troops ..."): any case.
  private static final String EDGE = "(?:((?i:early|mid|late|earlier|later))[\\s-]+(?:(?i:in|on)\\s+)?)?";
  private static final String NUMBER =
      "(\\d+(?:[.,]\\d+)?(?:-\\d/\\d)?|a few|a couple of|several|an?|one|two|three|four|five|six|seven|eight|nine|"
          + "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred)";

  private static final Pattern FULL_DATE =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b|\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b(?:on\\s+)?" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})(?!\\s*(?:million|billion|percent|%))|\\b(\\d{1,2})\\s+" + MONTH + "\\b(?!,?\\s+\\d{4})");
  private static final Pattern WEEKDAY_EXPR =
      Pattern.compile("\\b" + EDGE + "(?:(?i:on)\\s+)?(?:((?i:last|next|this|coming))\\s+)?" + WEEKDAY + "(?:'s)?" + PART + "\\b");
  private static final Pattern MONTH_EXPR =
      Pattern.compile("\\b" + EDGE + "(?:(?i:in|since|by|until|during)\\s+)?(?:((?i:last|next|this|early|late))\\s+)?"
          + MONTH + "(?:\\s+(?:of\\s+)?(\\d{4}))?\\b(?!\\s+\\d)");
  private static final Pattern YEAR_EXPR = Pattern.compile("\\b(?i:in|since|by|until|during|of|from)\\s+((?:19|20)\\d{2})\\b");
  private static final Pattern RELATIVE =
      Pattern.compile("\\b(?:(today|tonight|yesterday|tomorrow)|(last|next|this|past|coming)\\s+(week|month|year|weekend)"
          + "|(earlier|later)\\s+(?:this|that)\\s+(day|week|month|year)|(later|earlier)\\s+in\\s+the\\s+(day|week|month|year)"
          + "|(?:in\\s+)?(?:the\\s+)?(recent|coming|past|next)\\s+(days|weeks|months|years|decades)"
          + "|(recently|currently|nowadays)|(this|last|next)\\s+(spring|summer|autumn|fall|winter))\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DURATION =
      Pattern.compile("\\b" + NUMBER + "[\\s-]+(minutes?|hours?|days?|weeks?|months?|years?|decades?)\\b(?![\\s-]+(?:old|ago))",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern AGO =
      Pattern.compile("\\b" + NUMBER + "\\s+(days?|weeks?|months?|years?)\\s+ago\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOCK =
      Pattern.compile("\\b(\\d{1,2}):(\\d{2})\\s*([ap])\\.?m\\.?(?=\\W|$)", Pattern.CASE_INSENSITIVE);

  private static final Pattern LEADING_PREPOSITION =
      Pattern.compile("^(?:(?:on|in|since|by|until|during|of|from)\\s+)?(?:the\\s+)?(?=\\S)", Pattern.CASE_INSENSITIVE);

  private final TenseDetector tenses = new TenseDetector();

  public List<TimeMention> find(ParsedDocument doc) {
    List<TimeMention> found = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      String text = doc.text().substring(s.start(), s.end());
      var taken = new boolean[text.length()];
      scan(doc, s, text, FULL_DATE, taken, found, m -> fullDate(m));
      scan(doc, s, text, AGO, taken, found, m -> ago(doc.date(), m));
      scan(doc, s, text, DAY_MONTH, taken, found, m -> dayMonth(doc, s, m));
      scan(doc, s, text, WEEKDAY_EXPR, taken, found, m -> weekday(doc, s, m));
      scan(doc, s, text, RELATIVE, taken, found, m -> relative(doc.date(), m));
      scan(doc, s, text, MONTH_EXPR, taken, found, m -> month(doc, s, m));
      scan(doc, s, text, YEAR_EXPR, taken, found, m -> Optional.of(new Resolved(
          new TimeValue.YearOnly(Year.of(Integer.parseInt(m.group(1)))), TimeType.DATE)));
      scan(doc, s, text, DURATION, taken, found, TimeFinder::duration);
      scan(doc, s, text, CLOCK, taken, found, m -> clock(doc.date(), m));
    }
    found.sort(java.util.Comparator.comparingInt(TimeMention::start));
    return found;
  }

  private record Resolved(TimeValue value, TimeType type) {}

  private interface Resolver {
    Optional<Resolved> resolve(Matcher m);
  }

  /** Matches not overlapping anything found before, each resolved with its sentence's tense. */
  private void scan(ParsedDocument doc, Sentence s, String text, Pattern p, boolean[] taken,
      List<TimeMention> out, Resolver resolver) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (overlaps(taken, start, end)) {
        continue;
      }
      // The mention is the time words: a leading preposition is not part of the expression.
      var lead = LEADING_PREPOSITION.matcher(m.group());
      if (lead.find()) {
        start += lead.end();
      }
      String mention = text.substring(start, end);
      if (mention.endsWith("'s")) {
        end -= 2;
        mention = text.substring(start, end);
      }
      var r = resolver.resolve(m);
      if (r.isPresent() && r.get().type() == TimeType.DURATION && isSomeday(text, m)) {
        continue;
      }
      if (r.isEmpty()) {
        continue;
      }
      for (int i = start; i < end; i++) {
        taken[i] = true;
      }
      out.add(new TimeMention(mention, s.start() + start, s.start() + end, r.get().type(), r.get().value()));
    }
  }

  /** "might one day clash": "one day" after a modal means "some day", not a duration. */
  private static boolean isSomeday(String text, Matcher m) {
    return m.group().equalsIgnoreCase("one day")
        && text.substring(0, m.start()).matches("(?s).*\\b(might|may|could|would|will|should|must|can)\\s+$");
  }

  private static boolean overlaps(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  private Tense tense(ParsedDocument doc, Sentence s, int charInSentence) {
    int offset = s.start() + charInSentence;
    for (int i = s.first(); i <= s.last(); i++) {
      Token t = doc.tokens().get(i);
      if (t.end() > offset) {
        return tenses.tenseAt(doc, i);
      }
    }
    return tenses.tenseAt(doc, s.last());
  }

  private static Optional<Resolved> fullDate(Matcher m) {
    try {
      if (m.group(1) != null) {
        return day(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
      }
      return day(Integer.parseInt(m.group(6)), month(m.group(5)), Integer.parseInt(m.group(4)));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Resolved> day(int year, Month month, int day) {
    return Optional.of(new Resolved(new TimeValue.Day(LocalDate.of(year, month, day)), TimeType.DATE));
  }

  private Optional<Resolved> dayMonth(ParsedDocument doc, Sentence s, Matcher m) {
    Month month = month(m.group(1) != null ? m.group(1) : m.group(4));
    int day = Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(3));
    if (day < 1 || day > month.maxLength()) {
      return Optional.empty();
    }
    Tense tense = tense(doc, s, m.start());
    LocalDate d = doc.date();
    int year = d.getYear();
    LocalDate candidate = LocalDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
    // A date more than half a year away in the direction the tense forbids belongs to the next or last year.
    if (tense == Tense.PAST && candidate.isAfter(d.plusDays(7))) {
      candidate = candidate.minusYears(1);
    } else if (tense == Tense.FUTURE && candidate.isBefore(d.minusDays(7))) {
      candidate = candidate.plusYears(1);
    }
    return Optional.of(new Resolved(new TimeValue.Day(candidate), TimeType.DATE));
  }

  private Optional<Resolved> weekday(ParsedDocument doc, Sentence s, Matcher m) {
    DayOfWeek target = DayOfWeek.valueOf(m.group(3).toUpperCase(Locale.ROOT));
    String which = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
    LocalDate d = doc.date();
    LocalDate value =
        switch (which) {
          case "last" -> d.with(TemporalAdjusters.previous(target));
          case "next", "coming" -> d.with(TemporalAdjusters.next(target));
          default -> {
            if (d.getDayOfWeek() == target) {
              yield d;
            }
            Tense tense = tense(doc, s, m.start(3));
            yield tense == Tense.FUTURE
                ? d.with(TemporalAdjusters.next(target))
                : d.with(TemporalAdjusters.previous(target));
          }
        };
    return Optional.of(new Resolved(new TimeValue.Day(value), TimeType.DATE));
  }

  private Optional<Resolved> month(ParsedDocument doc, Sentence s, Matcher m) {
    String monthWord = m.group(3);
    if (monthWord.startsWith("May") && m.group(1) == null && m.group(2) == null && m.group(4) == null
        && !m.group().toLowerCase(Locale.ROOT).matches("(in|since|by|until|during)\\s+may")) {
      return Optional.empty(); // the modal verb, not the month
    }
    Month month = month(monthWord);
    if (m.group(4) != null) {
      return Optional.of(new Resolved(new TimeValue.Month(YearMonth.of(Integer.parseInt(m.group(4)), month)), TimeType.DATE));
    }
    YearMonth now = YearMonth.from(doc.date());
    String which = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
    YearMonth thisYear = YearMonth.of(now.getYear(), month);
    YearMonth value =
        switch (which) {
          case "last" -> thisYear.isBefore(now) ? thisYear : thisYear.minusYears(1);
          case "next" -> thisYear.isAfter(now) ? thisYear : thisYear.plusYears(1);
          case "this" -> thisYear;
          default -> {
            Tense tense = tense(doc, s, m.start(3));
            if (tense == Tense.PAST) {
              yield thisYear.isAfter(now) ? thisYear.minusYears(1) : thisYear;
            }
            if (tense == Tense.FUTURE) {
              yield thisYear.isBefore(now) ? thisYear.plusYears(1) : thisYear;
            }
            yield thisYear;
          }
        };
    return Optional.of(new Resolved(new TimeValue.Month(value), TimeType.DATE));
  }

  private static Optional<Resolved> relative(LocalDate d, Matcher m) {
    String all = m.group().toLowerCase(Locale.ROOT);
    TimeValue value;
    if (m.group(1) != null) {
      value = switch (m.group(1).toLowerCase(Locale.ROOT)) {
        case "yesterday" -> new TimeValue.Day(d.minusDays(1));
        case "tomorrow" -> new TimeValue.Day(d.plusDays(1));
        default -> new TimeValue.Day(d);
      };
    } else if (m.group(2) != null) {
      int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
        case "last", "past" -> -1;
        case "next", "coming" -> 1;
        default -> 0;
      };
      value = switch (m.group(3).toLowerCase(Locale.ROOT)) {
        case "month" -> new TimeValue.Month(YearMonth.from(d).plusMonths(shift));
        case "year" -> new TimeValue.YearOnly(Year.of(d.getYear() + shift));
        default -> shift < 0 ? new TimeValue.Reference("PAST_REF") : shift > 0
            ? new TimeValue.Reference("FUTURE_REF") : new TimeValue.Reference("PRESENT_REF");
      };
    } else if (m.group(5) != null || m.group(7) != null) {
      String unit = (m.group(5) != null ? m.group(5) : m.group(7)).toLowerCase(Locale.ROOT);
      value = switch (unit) {
        case "day" -> new TimeValue.Day(d);
        case "month" -> new TimeValue.Month(YearMonth.from(d));
        case "year" -> new TimeValue.YearOnly(Year.of(d.getYear()));
        default -> new TimeValue.Reference(all.startsWith("later") ? "FUTURE_REF" : "PAST_REF");
      };
    } else if (m.group(8) != null) {
      String which = m.group(8).toLowerCase(Locale.ROOT);
      value = new TimeValue.Reference(which.equals("recent") || which.equals("past") ? "PAST_REF" : "FUTURE_REF");
    } else if (m.group(10) != null) {
      value = new TimeValue.Reference(all.equals("recently") ? "PAST_REF" : "PRESENT_REF");
    } else {
      String code = switch (m.group(12).toLowerCase(Locale.ROOT)) {
        case "spring" -> "SP";
        case "summer" -> "SU";
        case "winter" -> "WI";
        default -> "FA";
      };
      int shift = switch (m.group(11).toLowerCase(Locale.ROOT)) {
        case "last" -> -1;
        case "next" -> 1;
        default -> 0;
      };
      value = new TimeValue.Season(Year.of(d.getYear() + shift), code);
    }
    return Optional.of(new Resolved(value, TimeType.DATE));
  }

  private static Optional<Resolved> duration(Matcher m) {
    Optional<Double> n = number(m.group(1));
    if (n.isEmpty()) {
      return Optional.empty();
    }
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    double amount = n.get();
    String iso;
    if (unit.startsWith("decade")) {
      iso = "P" + format(amount * 10) + "Y";
    } else if (unit.startsWith("minute")) {
      iso = "PT" + format(amount) + "M";
    } else if (unit.startsWith("hour")) {
      iso = "PT" + format(amount) + "H";
    } else {
      iso = "P" + format(amount) + Character.toUpperCase(unit.charAt(0));
    }
    return Optional.of(new Resolved(new TimeValue.Duration(iso), TimeType.DURATION));
  }

  private static Optional<Resolved> ago(LocalDate d, Matcher m) {
    Optional<Double> n = number(m.group(1));
    if (n.isEmpty() || n.get() != Math.floor(n.get())) {
      return Optional.empty();
    }
    long k = n.get().longValue();
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    TimeValue value;
    if (unit.startsWith("day")) {
      value = new TimeValue.Day(d.minusDays(k));
    } else if (unit.startsWith("week")) {
      value = new TimeValue.Day(d.minusWeeks(k));
    } else if (unit.startsWith("month")) {
      value = new TimeValue.Month(YearMonth.from(d).minusMonths(k));
    } else {
      value = new TimeValue.YearOnly(Year.of(d.getYear()).minusYears(k));
    }
    return Optional.of(new Resolved(value, TimeType.DATE));
  }

  private static Optional<Resolved> clock(LocalDate d, Matcher m) {
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    if (hour < 1 || hour > 12 || minute > 59) {
      return Optional.empty();
    }
    boolean pm = m.group(3).equalsIgnoreCase("p");
    int h24 = hour % 12 + (pm ? 12 : 0);
    // A bare clock time is taken to fall on the publication day.
    return Optional.of(new Resolved(new TimeValue.Clock(d, h24, minute), TimeType.TIME));
  }

  /** Numbers as digits, words ("three"), or fractions as wire styles write them ("7-1/2", "7.5"). */
  static Optional<Double> number(String text) {
    String t = text.toLowerCase(Locale.ROOT).strip();
    if (NUMBERS.containsKey(t)) {
      return Optional.of((double) NUMBERS.get(t));
    }
    Matcher frac = Pattern.compile("(\\d+)-(\\d)/(\\d)").matcher(t);
    if (frac.matches()) {
      return Optional.of(Integer.parseInt(frac.group(1)) + (double) Integer.parseInt(frac.group(2)) / Integer.parseInt(frac.group(3)));
    }
    try {
      return Optional.of(Double.parseDouble(t.replace(",", "")));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String format(double v) {
    return v == Math.floor(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private static Month month(String word) {
    String w = word.replace(".", "").toLowerCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(w.substring(0, 3))) {
        return m;
      }
    }
    throw new IllegalArgumentException("not a month: " + word);
  }
}
