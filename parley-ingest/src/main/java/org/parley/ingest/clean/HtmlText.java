package org.parley.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns an article page into plain text, one paragraph per block element, dropping scripts,
 * navigation, headers, footers, asides and figures. Picks the {@code <article>} (or main) element
 * when the page has one.
 */
public final class HtmlText {
  private static final String CHROME =
      "script, style, noscript, nav, header, footer, aside, figure, figcaption, form, iframe, svg, "
          + "button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";

  /** The page's text, title and publication date, as far as the markup gives them. */
  public record Page(String text, Optional<String> title, Optional<String> published) {}

  public Page extract(String html) {
    Document doc = Jsoup.parse(html);
    Optional<String> title =
        meta(doc, "meta[property=og:title]").or(() -> Optional.of(doc.title()).filter(t -> !t.isBlank()));
    Optional<String> published =
        meta(doc, "meta[property=article:published_time]")
            .or(() -> meta(doc, "meta[name=pubdate]"))
            .or(() -> meta(doc, "meta[name=date]"))
            .or(() -> Optional.ofNullable(doc.selectFirst("time[datetime]")).map(e -> e.attr("datetime")));
    doc.select(CHROME).remove();
    Element root =
        Optional.ofNullable(doc.selectFirst("article"))
            .or(() -> Optional.ofNullable(doc.selectFirst("main")))
            .orElse(doc.body());
    List<String> paragraphs = new ArrayList<>();
    Elements blocks = root.select(BLOCKS);
    if (blocks.isEmpty()) {
      paragraphs.add(root.wholeText().strip());
    }
    for (Element block : blocks) {
      if (!block.select(BLOCKS).not(block.cssSelector()).isEmpty() && block.is("li, blockquote")) {
        continue;
      }
      String text = block.text().strip();
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    return new Page(String.join("\n\n", paragraphs), title, published);
  }

  private static Optional<String> meta(Document doc, String selector) {
    return Optional.ofNullable(doc.selectFirst(selector))
        .map(e -> e.attr("content"))
        .filter(s -> !s.isBlank());
  }
}
