package org.parley.app.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.core.record.Actor;
import org.parley.core.record.Event;
import org.parley.core.record.Extraction;
import org.parley.core.record.Mention;
import org.parley.core.record.Quote;
import org.parley.store.EventQuery;
import org.parley.store.EventRow;
import org.parley.store.QuoteQuery;
import org.parley.store.QuoteRow;
import org.parley.store.Store;

/**
 * The web UI's pages, rendered on the server with no script at all: search, article (actors and
 * events marked in the text), actor, dyad (timeline by quad class with mean Goldstein score) and
 * quotes. Every table can be downloaded as CSV.
 */
final class Ui {
  private final Store store;

  Ui(Store store) {
    this.store = store;
  }

  String search(Map<String, String> q) {
    String words = q.getOrDefault("q", "").strip();
    Html h = new Html().page("Search").raw("<form action=\"/\"><input type=\"text\" name=\"q\" value=\"")
        .t(words).raw("\" placeholder=\"words, a name, a place\"> <button>Search</button></form>");
    if (words.isEmpty()) {
      h.raw("<h2>Latest articles</h2><p><a href=\"/csv/articles\">Download as CSV</a></p>"
          + "<table><tr><th>published</th><th>title</th><th>events</th></tr>");
      for (String id : store.articleIds().stream().sorted(Comparator.reverseOrder()).limit(50).toList()) {
        store.article(id).ifPresent(r -> h.raw("<tr><td>").t(r.published().orElse("")).raw("</td><td><a href=\"/article/")
            .raw(Html.url(id)).raw("\">").t(r.title().orElse(id)).raw("</a></td><td>" + r.events().size() + "</td></tr>"));
      }
      return h.raw("</table>").done();
    }
    h.raw("<h2>Articles</h2><p><a href=\"/csv/articles?q=" + Html.url(words) + "\">Download as CSV</a></p>"
        + "<table><tr><th>published</th><th>title</th></tr>");
    store.search(words, 50).forEach(a -> h.raw("<tr><td>").t(a.published()).raw("</td><td><a href=\"/article/")
        .raw(Html.url(a.articleId())).raw("\">").t(a.title().orElse(a.articleId())).raw("</a></td></tr>"));
    h.raw("</table><h2>Quotes</h2>");
    quoteTable(h, store.quotes(new QuoteQuery(Optional.empty(), Optional.of(words), 50)), "words=" + Html.url(words));
    h.raw("<h2>Events involving “").t(words).raw("”</h2>");
    eventTable(h, store.events(EventQuery.all(200).withActor(words)), "actor=" + Html.url(words));
    return h.done();
  }

  String article(String id) {
    Extraction r = store.article(id).orElseThrow(() -> new ApiException(404, "no article " + id));
    Html h = new Html().page(r.title().orElse(id));
    h.raw("<p class=\"muted\">").t(r.published().orElse("")).raw(" · ").t(r.outlet().orElse(""));
    r.url().ifPresent(u -> h.raw(" · <a href=\"").raw(Html.text(u)).raw("\" rel=\"noopener noreferrer\">source</a>"));
    h.raw("</p>");
    h.raw(marked(r));
    h.raw("<h2>Events</h2><table><tr><th>date</th><th>code</th><th>source</th><th>target</th><th>modality</th><th>evidence</th></tr>");
    for (Event e : r.events()) {
      h.raw("<tr><td>").t(e.date().map(d -> d.iso()).orElse("")).raw("</td><td>").t(e.cameo() + " " + e.plover())
          .raw("</td><td>").raw(actorLink(r, e.source())).raw("</td><td>").raw(actorLink(r, e.target())).raw("</td><td>")
          .t(e.modality().json()).raw("</td><td>").t(e.evidence()).raw("</td></tr>");
    }
    h.raw("</table><h2>Quotes</h2><table><tr><th>speaker</th><th>kind</th><th>quote</th></tr>");
    for (Quote q : r.quotes()) {
      h.raw("<tr><td>").raw(actorLink(r, q.speaker())).raw("</td><td>").t(q.kind().name().toLowerCase(Locale.ROOT))
          .raw("</td><td class=\"quote\">").t(q.text()).raw("</td></tr>");
    }
    return h.raw("</table>").done();
  }

  /** The text with actor mentions and event triggers marked; spans that overlap an earlier one stay plain. */
  private static String marked(Extraction r) {
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
      if (q.start() >= 0 && q.end() <= r.text().length() && q.start() < q.end()) {
        spans.add(new Span(q.start(), q.end(), "<q class=\"quote\" title=\"" + Html.text(q.kind().name().toLowerCase(Locale.ROOT)
            + " quote by " + speaker) + "\">", "</q>"));
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

  String actor(Map<String, String> q) {
    String name = q.getOrDefault("name", "");
    Html h = new Html().page(name.isBlank() ? "Actors" : name);
    h.raw("<h2>Known as</h2><p><a href=\"/csv/actors?name=" + Html.url(name) + "\">Download as CSV</a></p>"
        + "<table><tr><th>name</th><th>kind</th><th>code</th><th>articles</th></tr>");
    store.actors(name, 50).forEach(a -> h.raw("<tr><td>").t(a.name()).raw("</td><td>").t(a.kind()).raw("</td><td>")
        .t(a.code()).raw("</td><td>" + a.articles() + "</td></tr>"));
    h.raw("</table><h2>Roles over time</h2><p><a href=\"/csv/roles?name=" + Html.url(name) + "\">Download as CSV</a></p>"
        + "<table><tr><th>published</th><th>role</th><th>code</th><th>article</th></tr>");
    store.roles(name).forEach(r -> h.raw("<tr><td>").t(r.published()).raw("</td><td>").t(r.role()).raw("</td><td>").t(r.code())
        .raw("</td><td><a href=\"/article/").raw(Html.url(r.articleId())).raw("\">article</a></td></tr>"));
    h.raw("</table><h2>Quotes</h2>");
    quoteTable(h, store.quotes(new QuoteQuery(Optional.of(name), Optional.empty(), 100)), "speaker=" + Html.url(name));
    List<EventRow> events = store.events(EventQuery.all(500).withActor(name));
    h.raw("<h2>Events as source</h2>");
    eventTable(h, events.stream().filter(e -> e.sourceName().orElse("").toLowerCase(Locale.ROOT)
        .contains(name.toLowerCase(Locale.ROOT))).toList(), "actor=" + Html.url(name));
    h.raw("<h2>Events as target</h2>");
    eventTable(h, events.stream().filter(e -> e.targetName().orElse("").toLowerCase(Locale.ROOT)
        .contains(name.toLowerCase(Locale.ROOT))).toList(), "actor=" + Html.url(name));
    return h.done();
  }

  String dyad(Map<String, String> q) {
    String pair = q.getOrDefault("pair", "USA-CHN").toUpperCase(Locale.ROOT);
    EventQuery query = EventQuery.all(1000).withDyad(pair);
    Html h = new Html().page("Dyad " + pair);
    h.raw("<form action=\"/dyad\"><input type=\"text\" name=\"pair\" value=\"").t(pair).raw("\"> <button>Show</button></form>");
    h.raw(Timeline.svg(store.daily(query)));
    h.raw("<h2>Events</h2>");
    eventTable(h, store.events(query), "dyad=" + Html.url(pair));
    return h.done();
  }

  /** Where the selected events happened. */
  String map(Map<String, String> q) {
    String pair = q.getOrDefault("dyad", "").toUpperCase(Locale.ROOT);
    EventQuery all = EventQuery.all(2000);
    List<EventRow> rows = store.events(pair.isBlank() ? all : all.withDyad(pair));
    List<WorldMap.Point> points = new ArrayList<>();
    java.util.Map<String, Extraction> records = new java.util.HashMap<>();
    for (EventRow row : rows) {
      Extraction r = records.computeIfAbsent(row.articleId(), id -> store.article(id).orElseThrow());
      r.events().stream().filter(e -> e.id().equals(row.eventId())).findFirst().flatMap(Event::location).ifPresent(l ->
          points.add(new WorldMap.Point(l.lat(), l.lon(), l.name() + ": " + row.cameo() + " " + row.plover() + " "
              + row.sourceCode().orElse("") + "→" + row.targetCode().orElse("") + " " + row.date().orElse(""),
              QUAD_COLOURS[Math.max(0, Math.min(3, row.quadClass() - 1))])));
    }
    Html h = new Html().page("Map").raw("<form action=\"/map\"><input type=\"text\" name=\"dyad\" placeholder=\"dyad, e.g. USA-CHN\" value=\"")
        .t(pair).raw("\"> <button>Show</button></form>").raw("<p class=\"muted\">" + points.size() + " located events</p>");
    return h.raw(WorldMap.svg(points)).done();
  }

  private static final String[] QUAD_COLOURS = {"#4c9a5b", "#1f6f3a", "#d98c2b", "#b3261e"};

  String quotes(Map<String, String> q) {
    Optional<String> speaker = Optional.ofNullable(q.get("speaker")).filter(s -> !s.isBlank());
    Optional<String> words = Optional.ofNullable(q.get("words")).filter(s -> !s.isBlank());
    Html h = new Html().page("Quotes").raw("<form action=\"/quotes\"><input type=\"text\" name=\"speaker\" placeholder=\"speaker\" value=\"")
        .t(speaker.orElse("")).raw("\"> <input type=\"text\" name=\"words\" placeholder=\"words\" value=\"").t(words.orElse(""))
        .raw("\"> <button>Find</button></form>");
    quoteTable(h, store.quotes(new QuoteQuery(speaker, words, 500)),
        "speaker=" + Html.url(speaker.orElse("")) + "&amp;words=" + Html.url(words.orElse("")));
    return h.done();
  }

  private static void quoteTable(Html h, List<QuoteRow> quotes, String csvQuery) {
    h.raw("<p><a href=\"/csv/quotes?" + csvQuery + "\">Download as CSV</a></p>");
    h.raw("<table><tr><th>published</th><th>speaker</th><th>quote</th><th>article</th></tr>");
    for (QuoteRow q : quotes) {
      h.raw("<tr><td>").t(q.published()).raw("</td><td>");
      q.speakerName().ifPresent(n -> h.raw("<a href=\"/actor?name=" + Html.url(n) + "\">").t(n).raw("</a>"));
      h.raw("</td><td class=\"quote\">").t(q.text()).raw("</td><td><a href=\"/article/").raw(Html.url(q.articleId()))
          .raw("\">article</a></td></tr>");
    }
    h.raw("</table>");
  }

  private static void eventTable(Html h, List<EventRow> events, String csvQuery) {
    h.raw("<p><a href=\"/csv/events?" + csvQuery + "\">Download as CSV</a></p>");
    h.raw("<table><tr><th>date</th><th>code</th><th>source</th><th>target</th><th>modality</th><th>Goldstein</th><th>evidence</th></tr>");
    for (EventRow e : events) {
      h.raw("<tr><td>").t(e.date()).raw("</td><td>").t(e.cameo() + " " + e.plover()).raw("</td><td>").t(e.sourceName())
          .raw(" <span class=\"muted\">").t(e.sourceCode()).raw("</span></td><td>").t(e.targetName()).raw(" <span class=\"muted\">")
          .t(e.targetCode()).raw("</span></td><td>").t(e.modality()).raw("</td><td>" + e.goldstein() + "</td><td><a href=\"/article/")
          .raw(Html.url(e.articleId())).raw("\">").t(e.evidence()).raw("</a></td></tr>");
    }
    h.raw("</table>");
  }

}
