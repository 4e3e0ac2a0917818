package org.parley.app.web;

import java.util.List;
import org.parley.store.ArticleRow;
import org.parley.store.EventRow;
import org.parley.store.QuoteRow;

/** The tables several pages show, each with its CSV download and a "no results" row when empty. */
public final class Tables {
  private Tables() {}

  static void articles(Html h, List<ArticleRow> rows, String csvQuery) {
    h.raw("<p><a href=\"/csv/articles" + csvQuery + "\">Download as CSV</a></p>");
    h.raw("<table class=\"articles\"><tr><th>published</th><th>title</th><th>outlet</th><th>events</th><th>quotes</th></tr>");
    for (ArticleRow r : rows) {
      h.raw("<tr><td class=\"date\">").t(r.published()).raw("</td><td><a href=\"/article/").raw(Html.segment(r.articleId())).raw("\">")
          .t(r.title().orElse("(untitled article)")).raw("</a>");
      if (r.notAnalysed().isPresent()) {
        h.raw(" <span class=\"muted not-analysed\" title=\"").t(r.notAnalysed().get()).raw("\">(").t(r.language())
            .raw(", not analysed)</span>");
      }
      h.raw("</td><td>").t(r.outlet()).raw("</td><td>" + r.events() + "</td><td>" + r.quotes() + "</td></tr>");
    }
    if (rows.isEmpty()) {
      h.noResults(5);
    }
    h.raw("</table>");
  }

  static void quotes(Html h, List<QuoteRow> quotes, String csvQuery) {
    h.raw("<p><a href=\"/csv/quotes?" + csvQuery + "\">Download as CSV</a></p>");
    h.raw("<table class=\"quotes\"><tr><th>published</th><th>speaker</th><th>kind</th><th>what was said</th><th>article</th></tr>");
    for (QuoteRow q : quotes) {
      h.raw("<tr><td class=\"date\">").t(q.published()).raw("</td><td>");
      q.speakerName().ifPresent(n -> h.raw("<a href=\"/actor?name=" + Html.url(n) + "\">").t(n).raw("</a>"));
      h.raw("</td><td>").t(q.kind()).raw("</td><td>").raw(quoted(q.kind(), q.text())).raw("</td><td><a href=\"/article/")
          .raw(Html.segment(q.articleId())).raw("\">article</a></td></tr>");
    }
    if (quotes.isEmpty()) {
      h.noResults(5);
    }
    h.raw("</table>");
  }

  /**
   * A direct quote in one pair of quotation marks (the element draws them; marks already in the
   * text are taken off); an indirect one is the reporter's words, and gets none.
   */
  static String quoted(String kind, String text) {
    if (!kind.equalsIgnoreCase("direct")) {
      return "<span class=\"indirect\">" + Html.text(text) + "</span>";
    }
    return "<q class=\"direct\">" + Html.text(stripMarks(text)) + "</q>";
  }

  public static String stripMarks(String text) {
    String t = text.strip();
    while (t.length() >= 2 && isMark(t.charAt(0)) && isMark(t.charAt(t.length() - 1))) {
      t = t.substring(1, t.length() - 1).strip();
    }
    if (t.length() >= 1 && isMark(t.charAt(0)) && t.chars().filter(c -> isMark((char) c)).count() == 1) {
      t = t.substring(1).strip();
    }
    return t;
  }

  private static boolean isMark(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u00ab' || c == '\u00bb' || c == '\u2018' || c == '\u2019';
  }

  static void events(Html h, List<EventRow> events, String csvQuery) {
    h.raw("<p><a href=\"/csv/events?" + csvQuery + "\">Download as CSV</a></p>");
    h.raw("<table class=\"events\"><tr><th>date</th><th>code</th><th>source</th><th>target</th><th>modality</th><th>Goldstein</th>"
        + "<th>evidence</th></tr>");
    for (EventRow e : events) {
      h.raw("<tr><td class=\"date\">").t(e.date()).raw("</td><td>").t(e.cameo() + " " + e.plover()).raw("</td><td>");
      e.sourceName().ifPresent(n -> h.raw("<a href=\"/actor?name=" + Html.url(n) + "\">").t(n).raw("</a>"));
      h.raw(" <span class=\"muted\">").t(e.sourceCode()).raw("</span></td><td>");
      e.targetName().ifPresent(n -> h.raw("<a href=\"/actor?name=" + Html.url(n) + "\">").t(n).raw("</a>"));
      h.raw(" <span class=\"muted\">").t(e.targetCode()).raw("</span></td><td>").t(e.modality()).raw("</td><td>" + e.goldstein()
          + "</td><td><a href=\"/article/").raw(Html.segment(e.articleId())).raw("\">").t(e.evidence()).raw("</a></td></tr>");
    }
    if (events.isEmpty()) {
      h.noResults(7);
    }
    h.raw("</table>");
  }
}
