package org.parley.ingest.clean;

import org.parley.core.article.Article;
import org.parley.core.article.CleanText;

/**
 * An article's story before NLP, one way for every command: a web page's main content found by
 * {@link HtmlText} and cleaned of the furniture its markup did not mark, a plain text cleaned as
 * text. Any language.
 */
public final class PageStory {
  private final HtmlText html = new HtmlText();
  private final TextCleaner cleaner = new TextCleaner();

  /** The cleaned story and what the page says about itself (nothing for plain text). */
  public record Story(CleanText clean, HtmlText.Page page) {
    /** The story as published: furniture and the headline gone, the dateline kept where it stands. */
    public String text() {
      return clean.dateline().map(d -> d.text().strip() + " " + clean.text()).orElse(clean.text());
    }
  }

  public Story read(Article article) {
    return article.html() ? read(article.body()) : new Story(cleaner.clean(article.body()), HtmlText.Page.ofText(article.body()));
  }

  /** A web page's story. */
  public Story read(String pageHtml) {
    HtmlText.Page page = html.extract(pageHtml);
    return new Story(cleaner.cleanPage(page.text()), page);
  }
}
