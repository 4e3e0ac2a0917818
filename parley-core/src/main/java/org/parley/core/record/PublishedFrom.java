package org.parley.core.record;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where an article's publication date came from. Relative dates ("on Monday") resolve against it,
 * so a reader must be able to tell a date the article gave from one Parley had to assume.
 */
public enum PublishedFrom {
  /** The input said so: a JSON Lines field, a feed item, a WARC record's date. */
  METADATA,
  /** The page's own markup: a meta tag, a time element, structured data. */
  PAGE,
  /** The text: a "Published:" or "Updated:" line, or a dateline that gives the year. */
  TEXT,
  /** The file around the story: its name (2024-05-14-harbour-strike.txt), or the day a web archive captured it. */
  FILE,
  /** Nothing said; the date given with --published, or else the day it was processed. */
  ASSUMED;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
