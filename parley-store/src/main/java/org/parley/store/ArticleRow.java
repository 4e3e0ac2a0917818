package org.parley.store;

import java.util.Optional;

/** A stored article as a list shows it. */
public record ArticleRow(
    String articleId, Optional<String> title, Optional<String> published, Optional<String> outlet, long events, long quotes) {}
