package org.parley.core.record;

/** A stretch of the cleaned text: {@code text.substring(start, end)} equals {@code text}. */
public record Mention(int start, int end, String text) {
  public Mention {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
