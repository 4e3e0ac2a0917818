package org.parley.store;

import java.util.Optional;

/** What an actor was in one article: its role ("foreign minister") and code, with the article's date. */
public record ActorRole(Optional<String> published, Optional<String> role, Optional<String> code, String articleId) {}
