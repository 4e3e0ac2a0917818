package org.parley.core.text;

import java.util.Set;

/**
 * Adds dependency edges to chosen sentences of an already parsed document. Separate from {@link
 * Parser} because the dependency parse costs as much as the rest of the NLP together: extraction asks
 * for it only on sentences that can hold an event.
 */
@FunctionalInterface
public interface DependencyParser {
  /** A parser that adds nothing: every sentence keeps the edges it has. */
  DependencyParser NONE = (doc, sentences) -> doc;

  ParsedDocument withDependencies(ParsedDocument doc, Set<Integer> sentences);
}
