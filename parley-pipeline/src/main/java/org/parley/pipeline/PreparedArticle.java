package org.parley.pipeline;

import java.time.LocalDate;
import java.util.Optional;
import org.parley.core.article.Article;
import org.parley.core.article.CleanText;
import org.parley.core.record.PublishedFrom;

/** An article ready for NLP: its cleaned text, resolved publication date (and where it came from) and title. */
public record PreparedArticle(
    Article article, CleanText clean, LocalDate published, PublishedFrom publishedFrom, Optional<String> title) {}
