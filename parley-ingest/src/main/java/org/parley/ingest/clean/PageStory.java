package org.parley.ingest.clean;

import org.parley.core.article.CleanText;

/**
 * The story of a web page as it was published: {@link HtmlText}'s main content, cleaned of the
 * furniture its markup did not mark (bylines, date lines, credits, prompts), the headline dropped,
 * the dateline kept where it stands. What {@code parley page} writes; any language.
 */
public final class PageStory {
  private final HtmlText html = new HtmlText();
  private final TextCleaner cleaner = new TextCleaner();

  /** The page's story text and metadata. */
  public record Story(String text, HtmlText.Page page) {}

  public Story read(String pageHtml) {
    HtmlText.Page page = html.extract(pageHtml);
    CleanText clean = cleaner.cleanPage(page.text());
    String text = clean.dateline().map(d -> d.text().strip() + " " + clean.text()).orElse(clean.text());
    return new Story(text, page);
  }
}
