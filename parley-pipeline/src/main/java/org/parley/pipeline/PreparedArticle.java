package org.parley.pipeline;

import java.time.LocalDate;
import java.util.Optional;
import org.parley.core.article.Article;
import org.parley.core.article.CleanText;
import org.parley.core.record.PublishedFrom;

/**
 * An article ready for NLP: its cleaned text, resolved publication date (and where it came from),
 * title and language.
 *
 * @param language ISO 639-1 code, or "und" when the text and page do not tell
 * @param english whether Parley's English analysis applies; other articles are stored, not analysed
 */
public record PreparedArticle(
    Article article, CleanText clean, LocalDate published, PublishedFrom publishedFrom, Optional<String> title,
    String language, boolean english) {}
