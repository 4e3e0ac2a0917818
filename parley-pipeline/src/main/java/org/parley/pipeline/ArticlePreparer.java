package org.parley.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.parley.core.article.Article;
import org.parley.core.article.CleanText;
import org.parley.core.error.BadInputException;
import org.parley.core.record.PublishedFrom;
import org.parley.ingest.clean.HtmlText;
import org.parley.ingest.clean.TextCleaner;
import org.parley.ingest.language.LanguageGuard;

/**
 * Everything before NLP: the page's main text, cleaning, the language check and the publication
 * date (input metadata, else the page's, else the text's, else the file's, else the fallback,
 * which is then marked assumed). Thread-safe.
 */
public final class ArticlePreparer {
  private final TextCleaner cleaner = new TextCleaner();
  private final HtmlText html = new HtmlText();
  private final LanguageGuard language = new LanguageGuard();

  /** @throws BadInputException when the article has no text once cleaned or is not in English */
  public PreparedArticle prepare(Article article, LocalDate fallback) {
    HtmlText.Page page = article.html()
        ? html.extract(article.body())
        : new HtmlText.Page(article.body(), Optional.empty(), Optional.empty());
    Optional<LocalDate> pagePublished = page.published().flatMap(ArticlePreparer::parseDate);
    CleanText clean = cleaner.clean(page.text());
    if (clean.text().isBlank()) {
      throw new BadInputException(article.origin() + ": empty article body after cleaning");
    }
    var verdict = language.judge(clean.text());
    if (!verdict.english()) {
      throw new BadInputException(String.format(Locale.ROOT,
          "%s: not English text (%d words, %.0f%% English function words, %.0f%% Latin letters)",
          article.origin(), verdict.words(), 100 * verdict.functionWordShare(), 100 * verdict.latinShare()));
    }
    record Dated(LocalDate date, PublishedFrom from) {}
    Dated published = article.published().map(d -> new Dated(d, PublishedFrom.METADATA))
        .or(() -> pagePublished.map(d -> new Dated(d, PublishedFrom.PAGE)))
        .or(() -> clean.published().map(d -> new Dated(d, PublishedFrom.TEXT)))
        .or(() -> article.fileDate().map(d -> new Dated(d, PublishedFrom.FILE)))
        .orElse(new Dated(fallback, PublishedFrom.ASSUMED));
    return new PreparedArticle(article, clean, published.date(), published.from(),
        article.title().or(page::title).or(clean::headline));
  }

  private static Optional<LocalDate> parseDate(String value) {
    try {
      return Optional.of(LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
