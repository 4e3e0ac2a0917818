package org.parley.store;

import java.util.Optional;

/** An article found by full-text search. */
public record ArticleHit(String articleId, Optional<String> title, Optional<String> published, Optional<String> url) {}
