package org.parley.ingest.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date many archives put in a story's file name: 2024-05-14-strike.txt, strike_20240514.html. */
final class FileNameDate {
  private static final Pattern DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-_.]?(\\d{2})[-_.]?(\\d{2})(?!\\d)");

  private FileNameDate() {}

  static Optional<LocalDate> of(String fileName) {
    Matcher m = DATE.matcher(fileName);
    while (m.find()) {
      try {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
      } catch (DateTimeException e) {
        // digits that are no calendar date (a story number): look further along the name
      }
    }
    return Optional.empty();
  }
}
