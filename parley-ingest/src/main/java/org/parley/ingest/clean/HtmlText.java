package org.parley.ingest.clean;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns an article page into plain text: the story from the container {@link MainContent} finds,
 * one paragraph per block, page chrome dropped, and what the page says about itself
 * ({@link PageMetadata}). Works the same in every language.
 */
public final class HtmlText {
  private static final String CHROME =
      "script, style, noscript, nav, header, footer, aside, figure, figcaption, iframe, svg, "
          + "button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";

  /** The page's story text and its metadata. */
  public record Page(String text, PageMetadata metadata) {
    public static Page ofText(String text) {
      return new Page(text, PageMetadata.none());
    }
  }

  public Page extract(String html) {
    Document doc = Jsoup.parse(html);
    PageMetadata metadata = PageMetadata.read(doc);
    doc.select(CHROME).remove();
    removeInputForms(doc);
    removeHidden(doc);
    List<String> paragraphs = MainContent.paragraphs(MainContent.story(doc.body()));
    return new Page(String.join("\n\n", paragraphs), metadata);
  }

  private static final Pattern HIDDEN =
      Pattern.compile("(^|;)\\s*(display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);

  /**
   * What the reader never sees is not the story: schema.org copies of the headline and dates, hidden
   * menus. Scripts that reveal a hidden story are rare, and a hidden block holding most of the page
   * is kept, so a site that unhides its whole body by script still gives its text.
   */
  private static void removeHidden(Document doc) {
    int all = doc.body().text().length();
    for (var e : doc.body().select("[hidden], [style]")) {
      boolean hidden = e.hasAttr("hidden") || HIDDEN.matcher(e.attr("style")).find();
      if (hidden && e.parent() != null && e.text().length() < all / 2) {
        e.remove();
      }
    }
  }

  /** The prose, in paragraphs of some length, that makes a form more than a search box or a sign-up. */
  private static final int FORM_PROSE = 200;
  private static final int FORM_PARAGRAPH = 80;

  /**
   * Forms are search boxes, log-ins and sign-ups, except on sites built as one page-wide form
   * (ASP.NET's way) where the story lies inside: a form is dropped unless it holds prose.
   */
  private static void removeInputForms(Document doc) {
    for (var form : doc.select("form")) {
      int prose = form.select("p, div, td, article, section").stream()
          .mapToInt(e -> e.ownText().length()).filter(n -> n >= FORM_PARAGRAPH).sum();
      if (prose < FORM_PROSE) {
        form.remove();
      }
    }
  }
}
