package org.parley.store;

import java.util.Optional;

/**
 * One place an article was seen.
 *
 * @param duplicate how it relates to the stored text: "original", "exact" or "near"
 */
public record SourceRef(String url, Optional<String> outlet, String duplicate) {}
