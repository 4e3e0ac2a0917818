package org.parley.core.text;

/** A typed dependency edge between two tokens (document token indexes; governor -1 is the root). */
public record Dependency(String relation, int governor, int dependent) {}
