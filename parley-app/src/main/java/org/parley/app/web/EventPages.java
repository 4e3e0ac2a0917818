package org.parley.app.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.core.record.Modality;
import org.parley.extract.events.Codebook;
import org.parley.store.EventQuery;
import org.parley.store.Store;
import org.parley.store.Tally;

/** Events filtered by date range, country, CAMEO root, modality and words; and one dyad over time. */
final class EventPages {
  private static final Codebook CODEBOOK = Codebook.bundled();
  private final Store store;

  EventPages(Store store) {
    this.store = store;
  }

  String events(Map<String, String> q) {
    EventQuery query = EventParams.query(q, 1000);
    Html h = new Html().page("Events");
    filters(h, q, "/events");
    h.raw(Timeline.svg(store.daily(query.withLimit(10_000))));
    var rows = store.events(query);
    h.raw("<p class=\"muted\">" + rows.size() + (rows.size() == query.limit() ? " events shown (the first " + query.limit()
        + "; narrow the filters or download the CSV for all)" : " events") + "</p>");
    Tables.events(h, rows, EventParams.queryString(q));
    return h.done();
  }

  String dyad(Map<String, String> q) {
    List<Tally> busiest = store.busiestDyads(12);
    String pair = EventParams.opt(q, "pair").or(() -> EventParams.opt(q, "dyad")).map(p -> p.toUpperCase(Locale.ROOT))
        .or(() -> busiest.stream().findFirst().map(Tally::key)).orElse("");
    Html h = new Html().page(pair.isEmpty() ? "Dyads" : "Dyad " + pair);
    h.raw("<form action=\"/dyad\"><input type=\"text\" name=\"pair\" placeholder=\"two country codes, like KEN-UGA\" value=\"")
        .t(pair).raw("\"> <button>Show</button></form>");
    h.raw("<p>Busiest dyads: ");
    if (busiest.isEmpty()) {
      h.raw("<span class=\"empty\">no results</span>");
    }
    for (Tally t : busiest) {
      h.raw("<a class=\"dyad\" href=\"/dyad?pair=" + Html.url(t.key()) + "\">").t(t.key()).raw("</a> (" + t.events() + ") ");
    }
    h.raw("</p>");
    if (pair.isEmpty()) {
      return h.done();
    }
    EventQuery query = EventParams.query(Map.of("dyad", pair), 1000);
    h.raw(Timeline.svg(store.daily(query.withLimit(10_000))));
    h.raw("<h2>Events</h2>");
    Tables.events(h, store.events(query), "dyad=" + Html.url(pair));
    return h.done();
  }

  /** The filter form: every field keeps what was asked, so a person sees which filters made the table. */
  private static void filters(Html h, Map<String, String> q, String action) {
    h.raw("<form class=\"filters\" action=\"" + action + "\">");
    field(h, q, "words", "words", "sanctions, a name");
    field(h, q, "from", "from", "2024-01-01");
    field(h, q, "to", "to", "2024-12-31");
    field(h, q, "country", "country", "KEN");
    field(h, q, "dyad", "dyad", "KEN-UGA");
    h.raw("<label>CAMEO root <select name=\"root\"><option value=\"\">any</option>");
    String root = EventParams.opt(q, "root").orElse("");
    for (int r = 1; r <= 20; r++) {
      String code = String.format(Locale.ROOT, "%02d", r);
      h.raw("<option value=\"" + code + "\"" + (code.equals(root) ? " selected" : "") + ">" + code + " ")
          .t(CODEBOOK.lookup(code).map(e -> e.name().toLowerCase(Locale.ROOT)).orElse("")).raw("</option>");
    }
    h.raw("</select></label> <label>modality <select name=\"modality\"><option value=\"\">any</option>");
    String modality = EventParams.opt(q, "modality").orElse("");
    for (Modality m : Modality.values()) {
      h.raw("<option" + (m.json().equals(modality) ? " selected" : "") + ">" + m.json() + "</option>");
    }
    h.raw("</select></label> <button>Filter</button> <a href=\"" + action + "\">clear</a></form>");
  }

  private static void field(Html h, Map<String, String> q, String name, String label, String example) {
    h.raw("<label>" + label + " <input type=\"text\" class=\"short\" name=\"" + name + "\" placeholder=\"" + example + "\" value=\"")
        .t(EventParams.opt(q, name).orElse("")).raw("\"></label> ");
  }
}
