package org.parley.store;

import java.util.Optional;

/** One stored quotation with its speaker. */
public record QuoteRow(String articleId, String quoteId, String kind, String text, Optional<String> speakerName,
    Optional<String> speakerCode, Optional<String> published) {}
