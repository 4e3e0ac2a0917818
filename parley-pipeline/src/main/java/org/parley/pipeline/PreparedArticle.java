package org.parley.pipeline;

import java.time.LocalDate;
import java.util.Optional;
import org.parley.core.article.Article;
import org.parley.core.article.CleanText;
import org.parley.core.record.PublishedFrom;
import org.parley.ingest.clean.PageMetadata;

/**
 * An article ready for NLP: its cleaned text, resolved publication date (and where it came from),
 * title and language.
 *
 * @param language ISO 639-1 code, or "und" when the text and page do not tell
 * @param english whether Parley's English analysis applies; other articles are stored, not analysed
 * @param page what a web page says about itself (nothing for plain text)
 */
public record PreparedArticle(
    Article article, CleanText clean, LocalDate published, PublishedFrom publishedFrom, Optional<String> title,
    String language, boolean english, PageMetadata page) {

  /** The article's address: the input's, else the page's canonical one. */
  public Optional<String> url() {
    return article.url().or(page::canonical);
  }

  /** The outlet: the input's, else the dateline's agency, else the page's site name. */
  public Optional<String> outlet() {
    return article.outlet().or(() -> clean.dateline().flatMap(d -> d.outlet())).or(page::site);
  }
}
