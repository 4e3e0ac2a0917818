package org.parley.app;

import java.util.ArrayList;
import java.util.List;
import org.parley.store.EventRow;

/** Events as CSV (RFC 4180), for `parley export` and the web UI's downloads. */
public final class EventCsv {
  public static final List<String> COLUMNS = List.of("article_id", "event_id", "date", "cameo", "plover", "source",
      "source_code", "target", "target_code", "modality", "goldstein", "quad_class", "pattern", "published", "url", "evidence");

  private EventCsv() {}

  public static List<String> lines(List<EventRow> events) {
    List<String> lines = new ArrayList<>();
    lines.add(String.join(",", COLUMNS));
    events.forEach(e -> lines.add(row(e)));
    return lines;
  }

  static String row(EventRow e) {
    return String.join(",", List.of(e.articleId(), e.eventId(), e.date().orElse(""), e.cameo(), e.plover(),
        e.sourceName().orElse(""), e.sourceCode().orElse(""), e.targetName().orElse(""), e.targetCode().orElse(""),
        e.modality(), Double.toString(e.goldstein()), Integer.toString(e.quadClass()), e.pattern(),
        e.published().orElse(""), e.url().orElse(""), e.evidence()).stream().map(EventCsv::cell).toList());
  }

  /** A field with a comma, quote or line break is quoted, its quotes doubled; one that a spreadsheet would read as a formula is prefixed with a quote mark. */
  static String cell(String v) {
    String safe = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?") ? "'" + v : v;
    return safe.matches("(?s).*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }
}
