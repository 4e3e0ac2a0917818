package org.parley.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.core.article.Article;
import org.parley.core.article.CleanText;
import org.parley.core.error.BadInputException;
import org.parley.core.record.PublishedFrom;
import org.parley.ingest.clean.PageMetadata;
import org.parley.ingest.clean.PageStory;
import org.parley.ingest.language.Languages;

/**
 * Everything before NLP: the page's main text, cleaning, the language check and the publication
 * date (input metadata, else the page's, else the text's, else the file's, else the fallback,
 * which is then marked assumed). Thread-safe.
 */
public final class ArticlePreparer {
  private final PageStory stories = new PageStory();
  private final Languages languages = new Languages();

  /** The longest text one article may have: a long report is a tenth of it, a book is not an article. */
  public static final int MAX_CHARS = 300_000;

  /** Publication dates outside these years are a typo or an attack, never news: they are not used. */
  static final int FIRST_YEAR = 1800;
  static final int LAST_YEAR = 2200;

  /**
   * Prepares an article in any language; {@link PreparedArticle#english()} says whether it can be analysed.
   *
   * @throws BadInputException when the article has no text once cleaned or is too long
   */
  public PreparedArticle prepare(Article article, LocalDate fallback) {
    PageStory.Story story = stories.read(article);
    PageMetadata page = story.page().metadata();
    Optional<LocalDate> pagePublished = page.published().flatMap(ArticlePreparer::parseDate);
    CleanText clean = story.clean();
    if (clean.text().isBlank()) {
      throw new BadInputException(article.origin() + ": empty article body after cleaning");
    }
    if (clean.text().length() > MAX_CHARS) {
      throw new BadInputException(article.origin() + ": " + clean.text().length() + " characters of text, over the limit of "
          + MAX_CHARS + " for one article (about a hundred pages); split it into its stories");
    }
    Languages.Decision language = languages.decide(clean.text(), page.language());
    if (language.code().equals(Languages.UNDETERMINED) && distinctWords(clean.text()) < MIN_DISTINCT_WORDS) {
      throw new BadInputException(article.origin() + ": no readable text (fewer than " + MIN_DISTINCT_WORDS
          + " different words, in no language Parley can name)");
    }
    record Dated(LocalDate date, PublishedFrom from) {}
    Dated published = article.published().filter(ArticlePreparer::plausible).map(d -> new Dated(d, PublishedFrom.METADATA))
        .or(() -> pagePublished.filter(ArticlePreparer::plausible).map(d -> new Dated(d, PublishedFrom.PAGE)))
        .or(() -> clean.published().filter(ArticlePreparer::plausible).map(d -> new Dated(d, PublishedFrom.TEXT)))
        .or(() -> article.fileDate().filter(ArticlePreparer::plausible).map(d -> new Dated(d, PublishedFrom.FILE)))
        .orElse(new Dated(fallback, PublishedFrom.ASSUMED));
    return new PreparedArticle(article, clean, published.date(), published.from(),
        article.title().or(page::title).or(clean::headline), language.code(), language.english(), page);
  }

  /**
   * Text in a language Parley cannot name is stored as it is, unless it is no text at all: runs of
   * one word, digits, punctuation or control characters.
   */
  private static final int MIN_DISTINCT_WORDS = 3;

  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

  private static long distinctWords(String text) {
    return WORD.matcher(text).results().map(m -> m.group().toLowerCase(Locale.ROOT)).distinct().limit(MIN_DISTINCT_WORDS).count();
  }

  /**
   * Prepares an article for a step that needs English (the peer annotator, the benchmark).
   *
   * @throws BadInputException when the article has no text once cleaned or is not in English
   */
  public PreparedArticle prepareEnglish(Article article, LocalDate fallback) {
    PreparedArticle prepared = prepare(article, fallback);
    if (!prepared.english()) {
      var verdict = languages.evidence(prepared.clean().text());
      throw new BadInputException(String.format(Locale.ROOT,
          "%s: not English text (language %s; %d words, %.0f%% English function words, %.0f%% Latin letters)",
          article.origin(), prepared.language(), verdict.words(), 100 * verdict.functionWordShare(), 100 * verdict.latinShare()));
    }
    return prepared;
  }

  private static boolean plausible(LocalDate d) {
    return d.getYear() >= FIRST_YEAR && d.getYear() <= LAST_YEAR;
  }

  private static Optional<LocalDate> parseDate(String value) {
    try {
      return Optional.of(LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
