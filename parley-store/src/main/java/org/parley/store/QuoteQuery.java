package org.parley.store;

import java.util.Optional;

/** Which quotes to list: by words in the speaker's name, by words in the quote. */
public record QuoteQuery(Optional<String> speaker, Optional<String> words, int limit) {}
