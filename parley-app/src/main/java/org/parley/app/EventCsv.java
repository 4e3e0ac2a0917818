package org.parley.app;

import java.util.ArrayList;
import java.util.List;
import org.parley.store.EventRow;

/** Tables as CSV (RFC 4180): events for `parley export`, and every table of the web UI. */
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

  /** Any table: a header, then one quoted-as-needed line per row. */
  public static List<String> table(List<String> header, List<List<String>> rows) {
    List<String> lines = new ArrayList<>();
    lines.add(String.join(",", header));
    rows.forEach(r -> lines.add(String.join(",", r.stream().map(EventCsv::cell).toList())));
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
    String safe = FormulaGuard.cell(v);
    return safe.matches("(?s).*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }
}
