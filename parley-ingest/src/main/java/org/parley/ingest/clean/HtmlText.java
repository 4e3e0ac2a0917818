package org.parley.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns an article page into plain text: title and publication date from the meta tags, the story
 * from the container {@link MainContent} finds, one paragraph per block, page chrome dropped.
 */
public final class HtmlText {
  private static final String CHROME =
      "script, style, noscript, nav, header, footer, aside, figure, figcaption, form, iframe, svg, "
          + "button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";

  /** The page's text, title and publication date, as far as the markup gives them. */
  public record Page(String text, Optional<String> title, Optional<String> published) {}

  public Page extract(String html) {
    Document doc = Jsoup.parse(html);
    Optional<String> title =
        meta(doc, "meta[property=og:title]").or(() -> Optional.of(doc.title()).filter(t -> !t.isBlank()));
    Optional<String> published =
        meta(doc, "meta[property=article:published_time]")
            .or(() -> meta(doc, "meta[itemprop=datePublished]"))
            .or(() -> structuredDate(doc))
            .or(() -> meta(doc, "meta[name=pubdate]"))
            .or(() -> meta(doc, "meta[name=parsely-pub-date]"))
            .or(() -> meta(doc, "meta[name=dc.date.issued], meta[name=DC.date.issued], meta[name=dc.date], meta[name=DC.date]"))
            .or(() -> meta(doc, "meta[name=date]"))
            .or(() -> Optional.ofNullable(doc.selectFirst("time[datetime]")).map(e -> e.attr("datetime")))
            .or(() -> meta(doc, "meta[property=article:modified_time]"));
    doc.select(CHROME).remove();
    List<String> paragraphs = MainContent.paragraphs(MainContent.container(doc.body()));
    return new Page(String.join("\n\n", paragraphs), title, published);
  }

  private static final java.util.regex.Pattern LD_PUBLISHED =
      java.util.regex.Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");

  /** schema.org's datePublished in a JSON-LD block, where most news sites put it for search engines. */
  private static Optional<String> structuredDate(Document doc) {
    for (var script : doc.select("script[type=application/ld+json]")) {
      var m = LD_PUBLISHED.matcher(script.data());
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> meta(Document doc, String selector) {
    return Optional.ofNullable(doc.selectFirst(selector))
        .map(e -> e.attr("content"))
        .filter(s -> !s.isBlank());
  }
}
