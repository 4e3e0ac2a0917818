package org.parley.store;

import java.util.Optional;

/**
 * A stored article as a list shows it.
 *
 * @param language ISO 639-1 code ("en" for articles stored before languages were recorded)
 * @param notAnalysed why the article was stored without analysis, when it was
 * @param url where the article was first seen
 */
public record ArticleRow(String articleId, Optional<String> title, Optional<String> published, Optional<String> outlet, long events,
    long quotes, String language, Optional<String> notAnalysed, Optional<String> url) {}
