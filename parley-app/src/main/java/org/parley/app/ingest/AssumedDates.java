package org.parley.app.ingest;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.core.record.Extraction;
import org.parley.core.record.PublishedFrom;

/**
 * Tells, once per input file, that an article's publication date was assumed: every "on Monday" in
 * it was read against that date, so a wrong one moves every event. Silent when the user gave the
 * date with {@code --published}.
 */
public final class AssumedDates {
  private final PrintWriter err;
  private final boolean enabled;
  private final Set<String> told = ConcurrentHashMap.newKeySet();

  private AssumedDates(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  public static AssumedDates warningTo(PrintWriter err) {
    return new AssumedDates(err, true);
  }

  public static AssumedDates silent() {
    return new AssumedDates(new PrintWriter(java.io.Writer.nullWriter()), false);
  }

  /** @param origin where the article came from ("feed.jsonl line 14", "story.txt") */
  public void check(String origin, Extraction record) {
    if (!enabled || record.publishedFrom().filter(f -> f == PublishedFrom.ASSUMED).isEmpty()) {
      return;
    }
    String file = fileOf(origin);
    if (told.add(file)) {
      err.printf("parley: %s: no publication date in the input, the page, the text or the file; assumed %s, "
          + "against which dates like 'on Monday' are read (marked published_from: assumed); give --published YYYY-MM-DD "
          + "to set it%n", file, record.published().orElse("today"));
      err.flush();
    }
  }

  static String fileOf(String origin) {
    int line = origin.lastIndexOf(" line ");
    return line > 0 ? origin.substring(0, line) : origin;
  }
}
