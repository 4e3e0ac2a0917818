package org.parley.app.web;

import java.util.Map;
import java.util.Optional;
import org.parley.app.EventWords;
import org.parley.store.EventQuery;
import org.parley.store.QuoteQuery;
import org.parley.store.Store;

/** The front page: the newest articles, or what a search finds among articles, quotes and events. */
final class HomePage {
  private final Store store;

  HomePage(Store store) {
    this.store = store;
  }

  String render(Map<String, String> q) {
    String words = q.getOrDefault("q", "").strip();
    Html h = new Html().page(words.isEmpty() ? "Parley" : "Search: " + words)
        .raw("<form action=\"/\"><input type=\"text\" name=\"q\" value=\"").t(words)
        .raw("\" placeholder=\"words, a name, a place, an event such as sanctions\"> <button>Search</button></form>");
    if (words.isEmpty()) {
      h.raw("<h2>Latest articles</h2>");
      Tables.articles(h, store.latest(50), "");
      return h.done();
    }
    h.raw("<h2>Articles</h2><p><a href=\"/csv/articles?q=" + Html.url(words) + "\">Download as CSV</a></p>"
        + "<table class=\"articles\"><tr><th>published</th><th>title</th></tr>");
    var hits = store.search(words, 50);
    hits.forEach(a -> h.raw("<tr><td class=\"date\">").t(a.published()).raw("</td><td><a href=\"/article/")
        .raw(Html.segment(a.articleId())).raw("\">").t(a.title().orElse("(untitled article)")).raw("</a></td></tr>"));
    if (hits.isEmpty()) {
      h.noResults(2);
    }
    h.raw("</table><h2>Quotes</h2>");
    Tables.quotes(h, store.quotes(new QuoteQuery(Optional.empty(), Optional.of(words), 50)), "words=" + Html.url(words));
    h.raw("<h2>Events</h2><p class=\"muted\">Events whose evidence, trigger, actors or CAMEO code name hold these words.</p>");
    Tables.events(h, store.events(EventQuery.all(200).withText(EventWords.of(words))), "words=" + Html.url(words));
    return h.done();
  }
}
