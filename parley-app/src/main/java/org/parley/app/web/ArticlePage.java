package org.parley.app.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.core.record.Actor;
import org.parley.core.record.Event;
import org.parley.core.record.Extraction;
import org.parley.core.record.Mention;
import org.parley.core.record.PublishedFrom;
import org.parley.core.record.Quote;
import org.parley.store.Store;

/** One article: its text with actors, event triggers and quotes marked, and its events and quotes as tables. */
final class ArticlePage {
  private final Store store;

  ArticlePage(Store store) {
    this.store = store;
  }

  String render(String id) {
    Extraction r = store.article(id).orElseThrow(() -> new ApiException(404, "No article with the id " + id + " is stored."));
    Html h = new Html().page(r.title().orElse("(untitled article)"));
    h.raw("<p class=\"muted\">published ").t(r.published().orElse("on an unknown date"));
    if (r.publishedFrom().filter(f -> f == PublishedFrom.ASSUMED).isPresent()) {
      h.raw(" <span class=\"warning\">(assumed: the article gave no date)</span>");
    }
    r.outlet().ifPresent(o -> h.raw(" · ").t(o));
    r.url().ifPresent(u -> h.raw(" · ").raw(Html.sourceLink(u)));
    h.raw("</p>");
    if (r.notAnalysed().isPresent()) {
      h.raw("<p class=\"warning not-analysed\">Stored, not analysed: ").t(r.notAnalysed().get()).raw(".</p>");
      return h.raw("<div class=\"text\" lang=\"").t(r.language()).raw("\">").raw(marked(r)).raw("</div>").done();
    }
    h.raw(marked(r));
    h.raw("<h2>Events</h2><table class=\"events\"><tr><th>date</th><th>code</th><th>source</th><th>target</th><th>modality</th>"
        + "<th>evidence</th></tr>");
    for (Event e : r.events()) {
      h.raw("<tr><td class=\"date\">").t(e.date().map(d -> d.iso()).orElse("")).raw("</td><td>").t(e.cameo() + " " + e.plover())
          .raw("</td><td>").raw(actorLink(r, e.source())).raw("</td><td>").raw(actorLink(r, e.target())).raw("</td><td>")
          .t(e.modality().json()).raw("</td><td>").t(e.evidence()).raw("</td></tr>");
    }
    if (r.events().isEmpty()) {
      h.noResults(6);
    }
    h.raw("</table><h2>Quotes</h2><table class=\"quotes\"><tr><th>speaker</th><th>kind</th><th>what was said</th></tr>");
    for (Quote q : r.quotes()) {
      String kind = q.kind().name().toLowerCase(Locale.ROOT);
      h.raw("<tr><td>").raw(actorLink(r, q.speaker())).raw("</td><td>").t(kind).raw("</td><td>").raw(Tables.quoted(kind, q.text()))
          .raw("</td></tr>");
    }
    if (r.quotes().isEmpty()) {
      h.noResults(3);
    }
    return h.raw("</table>").done();
  }

  /**
   * The text with actor mentions, event triggers and quotes marked; spans that overlap an earlier
   * one stay plain. A quote is marked by a class, not a {@code <q>}: the text's own quotation marks
   * are inside the span, and a {@code <q>} would draw a second pair.
   */
  static String marked(Extraction r) {
    record Span(int start, int end, String open, String close) {}
    List<Span> spans = new ArrayList<>();
    for (Actor a : r.actors()) {
      for (Mention m : a.mentions()) {
        spans.add(new Span(m.start(), m.end(), "<a class=\"actor\" href=\"/actor?name=" + Html.url(a.name()) + "\" title=\""
            + Html.text(a.code().orElse(a.kind().name())) + "\">", "</a>"));
      }
    }
    for (Event e : r.events()) {
      for (Mention m : e.mentions()) {
        spans.add(new Span(m.start(), m.end(), "<mark class=\"event\" title=\"" + Html.text(e.cameo() + " " + e.plover() + " "
            + e.sourceCode().orElse("") + "→" + e.targetCode().orElse("")) + "\">", "</mark>"));
      }
    }
    for (Quote q : r.quotes()) {
      String speaker = q.speaker().flatMap(id -> r.actors().stream().filter(a -> a.id().equals(id)).findFirst())
          .map(Actor::name).orElse("unknown speaker");
      String kind = q.kind().name().toLowerCase(Locale.ROOT);
      if (q.start() >= 0 && q.end() <= r.text().length() && q.start() < q.end()) {
        spans.add(new Span(q.start(), q.end(), "<span class=\"quote " + kind + "\" title=\"" + Html.text(kind + " quote by " + speaker)
            + "\">", "</span>"));
      }
    }
    spans.sort(Comparator.comparingInt(Span::start).thenComparing(s -> -s.end()));
    String text = r.text();
    StringBuilder out = new StringBuilder("<article><p>");
    int at = 0;
    for (Span s : spans) {
      if (s.start() < at || s.end() > text.length()) {
        continue;
      }
      out.append(paragraphs(text.substring(at, s.start()))).append(s.open()).append(Html.text(text.substring(s.start(), s.end())))
          .append(s.close());
      at = s.end();
    }
    out.append(paragraphs(text.substring(at)));
    return out.append("</p></article>").toString();
  }

  private static String paragraphs(String plain) {
    return Html.text(plain).replace("\n\n", "</p><p>");
  }

  private static String actorLink(Extraction r, Optional<String> id) {
    return id.flatMap(i -> r.actors().stream().filter(a -> a.id().equals(i)).findFirst())
        .map(a -> "<a href=\"/actor?name=" + Html.url(a.name()) + "\">" + Html.text(a.name()) + "</a> <span class=\"muted\">"
            + Html.text(a.code().orElse("")) + "</span>")
        .orElse("");
  }
}
