package org.parley.ingest.source;

import org.parley.core.article.Article;

/** One item read from an input: an article, or the reason one could not be read. */
public sealed interface ReadResult {
  record Read(Article article) implements ReadResult {}

  /** {@code where} names the input and line ("feed.jsonl line 14"); {@code why} what is wrong. */
  record Rejected(String where, String why) implements ReadResult {
    @Override
    public String toString() {
      return where + ": " + why;
    }
  }
}
