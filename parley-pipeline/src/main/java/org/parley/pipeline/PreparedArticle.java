package org.parley.pipeline;

import java.time.LocalDate;
import java.util.Optional;
import org.parley.core.article.Article;
import org.parley.core.article.CleanText;

/** An article ready for NLP: its cleaned text, resolved publication date and title. */
public record PreparedArticle(Article article, CleanText clean, LocalDate published, Optional<String> title) {}
