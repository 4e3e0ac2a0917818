package org.parley.app.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.store.ActorRow;
import org.parley.store.EventQuery;
import org.parley.store.EventRow;
import org.parley.store.QuoteQuery;
import org.parley.store.Store;

/** The list of actors to browse, and one actor: roles over time, quotes, events as source and as target. */
final class ActorPages {
  private final Store store;

  ActorPages(Store store) {
    this.store = store;
  }

  String list(Map<String, String> q) {
    String words = q.getOrDefault("q", "").strip();
    Html h = new Html().page("Actors").raw("<form action=\"/actors\"><input type=\"text\" name=\"q\" value=\"").t(words)
        .raw("\" placeholder=\"words in a name\"> <button>Find</button></form>");
    h.raw("<p><a href=\"/csv/actors?name=" + Html.url(words) + "\">Download as CSV</a></p>");
    known(h, store.actors(words, 500), true);
    return h.done();
  }

  String actor(Map<String, String> q) {
    String name = q.getOrDefault("name", "").strip();
    if (name.isEmpty()) {
      return list(Map.of());
    }
    List<ActorRow> rows = store.actors(name, 50);
    if (rows.isEmpty()) {
      throw new ApiException(404, "No actor whose name holds \"" + name + "\" is stored. Browse the actors at /actors.");
    }
    Html h = new Html().page(name);
    h.raw("<h2>Known as</h2><p><a href=\"/csv/actors?name=" + Html.url(name) + "\">Download as CSV</a></p>");
    known(h, rows, false);
    h.raw("<h2>Roles over time</h2><p><a href=\"/csv/roles?name=" + Html.url(name) + "\">Download as CSV</a></p>"
        + "<table><tr><th>published</th><th>role</th><th>code</th><th>article</th></tr>");
    var roles = store.roles(name);
    roles.forEach(r -> h.raw("<tr><td class=\"date\">").t(r.published()).raw("</td><td>").t(r.role()).raw("</td><td>").t(r.code())
        .raw("</td><td><a href=\"/article/").raw(Html.segment(r.articleId())).raw("\">article</a></td></tr>"));
    if (roles.isEmpty()) {
      h.noResults(4);
    }
    h.raw("</table><h2>Quotes</h2>");
    Tables.quotes(h, store.quotes(new QuoteQuery(Optional.of(name), Optional.empty(), 100)), "speaker=" + Html.url(name));
    List<EventRow> events = store.events(EventQuery.all(500).withActor(name));
    String lower = name.toLowerCase(Locale.ROOT);
    h.raw("<h2>Events as source</h2>");
    Tables.events(h, events.stream().filter(e -> e.sourceName().orElse("").toLowerCase(Locale.ROOT).contains(lower)).toList(),
        "actor=" + Html.url(name));
    h.raw("<h2>Events as target</h2>");
    Tables.events(h, events.stream().filter(e -> e.targetName().orElse("").toLowerCase(Locale.ROOT).contains(lower)).toList(),
        "actor=" + Html.url(name));
    return h.done();
  }

  private static void known(Html h, List<ActorRow> rows, boolean linked) {
    h.raw("<table class=\"actors\"><tr><th>name</th><th>kind</th><th>code</th><th>articles</th></tr>");
    for (ActorRow a : rows) {
      h.raw("<tr><td>");
      if (linked) {
        h.raw("<a href=\"/actor?name=" + Html.url(a.name()) + "\">").t(a.name()).raw("</a>");
      } else {
        h.t(a.name());
      }
      h.raw("</td><td>").t(a.kind()).raw("</td><td>").t(a.code()).raw("</td><td>" + a.articles() + "</td></tr>");
    }
    if (rows.isEmpty()) {
      h.noResults(4);
    }
    h.raw("</table>");
  }
}
