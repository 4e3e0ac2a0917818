package org.parley.app.web;

import java.util.Map;
import java.util.Optional;
import org.parley.store.QuoteQuery;
import org.parley.store.Store;

/** Quotes by speaker or words. */
final class QuotesPage {
  private final Store store;

  QuotesPage(Store store) {
    this.store = store;
  }

  String render(Map<String, String> q) {
    Optional<String> speaker = EventParams.opt(q, "speaker");
    Optional<String> words = EventParams.opt(q, "words");
    Html h = new Html().page("Quotes").raw("<form action=\"/quotes\"><input type=\"text\" name=\"speaker\" placeholder=\"speaker\" value=\"")
        .t(speaker.orElse("")).raw("\"> <input type=\"text\" name=\"words\" placeholder=\"words\" value=\"").t(words.orElse(""))
        .raw("\"> <button>Find</button></form>");
    Tables.quotes(h, store.quotes(new QuoteQuery(speaker, words, 500)),
        "speaker=" + Html.url(speaker.orElse("")) + "&amp;words=" + Html.url(words.orElse("")));
    return h.done();
  }
}
