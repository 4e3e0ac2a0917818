package org.parley.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.store.EventRow;
import org.parley.store.Store;

/** Where the selected events happened, coloured by quad class, with a legend. */
final class MapPage {
  private final Store store;

  MapPage(Store store) {
    this.store = store;
  }

  String render(Map<String, String> q) {
    String pair = EventParams.opt(q, "dyad").orElse("");
    List<EventRow> rows = store.events(EventParams.query(q, 2000));
    List<WorldMap.Point> points = new ArrayList<>();
    for (EventRow row : rows) {
      row.place().ifPresent(l ->
          points.add(new WorldMap.Point(l.lat(), l.lon(), l.name() + ": " + row.cameo() + " " + row.plover() + " "
              + row.sourceCode().orElse("") + "→" + row.targetCode().orElse("") + " " + row.date().orElse(""),
              Quads.colour(row.quadClass()))));
    }
    Html h = new Html().page("Map").raw("<form action=\"/map\"><input type=\"text\" name=\"dyad\" placeholder=\"dyad, e.g. KEN-UGA\" value=\"")
        .t(pair).raw("\"> <button>Show</button></form>")
        .raw("<p class=\"muted\">" + points.size() + " of " + rows.size() + " events have a known place</p>");
    h.raw("<ul class=\"legend\">");
    for (int k = 0; k < 4; k++) {
      // A class, not a style attribute: the Content-Security-Policy allows no inline style.
      h.raw("<li><span class=\"swatch q" + (k + 1) + "\"></span>" + Quads.NAMES[k] + "</li>");
    }
    h.raw("</ul>");
    return h.raw(WorldMap.svg(points)).done();
  }
}
