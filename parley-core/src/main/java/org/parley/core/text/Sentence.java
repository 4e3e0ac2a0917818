package org.parley.core.text;

import java.util.List;

/**
 * One sentence: a slice of the document's tokens, with its dependency edges when parsed.
 *
 * @param first index of its first token in the document
 * @param last index of its last token, inclusive
 */
public record Sentence(int index, int start, int end, int first, int last, List<Dependency> dependencies) {
  public Sentence {
    dependencies = List.copyOf(dependencies);
  }

  public int size() {
    return last - first + 1;
  }
}
