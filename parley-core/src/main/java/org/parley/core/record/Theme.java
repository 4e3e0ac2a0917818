package org.parley.core.record;

/** A theme the article is about, with a score in (0, 1]. */
public record Theme(String code, String label, double score) {}
