package org.parley.ingest.clean;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.core.article.Dateline;

/** Recognises a dateline at the start of a story's first paragraph and splits it off. */
final class DatelineParser {
  private static final String MONTH =
      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:,?\\s+(?:19|20)\\d{2})?";
  private static final String DASH = "\\s*(?:--|[-\u2013\u2014:])\\s+";
  private static final String OUTLET = "\\(([\\p{L}][\\p{L}&.' -]{0,40})\\)";

  /** "TOKYO (Jiji Press) —", "MOSCOW, April 28 (Reuters) -", "OSLO, May 2, 2021 (NTB) -", "LONDON —". */
  private static final Pattern UPPER =
      Pattern.compile(
          "^(\\p{Lu}[\\p{Lu}.'\\- ]{1,40}?(?:,\\s*\\p{Lu}[\\p{L}.'\\- ]{1,30}?)?)"
              + "(?:,\\s*(" + MONTH + "))?\\s*(?:" + OUTLET + ")?" + DASH);

  /** "Beijing, June 19 (Reuters) -": mixed case needs a date or an outlet to count. */
  private static final Pattern MIXED =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}.'\\-]+(?: \\p{Lu}[\\p{L}.'\\-]+){0,3})"
              + "(?:,\\s*(" + MONTH + "))?\\s*(?:" + OUTLET + ")" + DASH
              + "|^(\\p{Lu}[\\p{L}.'\\-]+(?: \\p{Lu}[\\p{L}.'\\-]+){0,3}),\\s*(" + MONTH + ")"
              + "\\s*(?:" + OUTLET + ")?" + DASH);

  private DatelineParser() {}

  /** The dateline and the length of the prefix it occupies, when the paragraph opens with one. */
  static Optional<Found> parse(String paragraph) {
    Matcher m = UPPER.matcher(paragraph);
    if (m.find() && m.group(1).trim().length() >= 3 && hasLetterRun(m.group(1))) {
      return Optional.of(found(m, m.group(1), m.group(2), m.group(3)));
    }
    m = MIXED.matcher(paragraph);
    if (m.find()) {
      return m.group(1) != null
          ? Optional.of(found(m, m.group(1), m.group(2), m.group(3)))
          : Optional.of(found(m, m.group(4), m.group(5), m.group(6)));
    }
    return Optional.empty();
  }

  private static boolean hasLetterRun(String place) {
    return place.chars().filter(Character::isLetter).count() >= 3;
  }

  private static Found found(Matcher m, String place, String date, String outlet) {
    var dateline =
        new Dateline(
            m.group().trim(),
            titleCase(place.trim()),
            Optional.ofNullable(date).map(String::trim),
            Optional.ofNullable(outlet).map(String::trim));
    return new Found(dateline, m.end());
  }

  /** "NEW YORK" → "New York"; mixed-case places stay as written. */
  static String titleCase(String place) {
    if (!place.equals(place.toUpperCase(Locale.ROOT))) {
      return place;
    }
    var out = new StringBuilder(place.length());
    boolean start = true;
    for (char c : place.toCharArray()) {
      out.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c) && c != '\'';
    }
    return out.toString();
  }

  record Found(Dateline dateline, int prefixLength) {}
}
