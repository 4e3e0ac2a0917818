package org.parley.ingest.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Rejoins lines that a fixed width broke inside sentences (wire copy, e-mail newsletters, old web
 * pages), and keeps the line breaks that end paragraphs. A block of lines is hard-wrapped when its
 * lines mostly fill one width; there a line well short of the width ends its
 * paragraph. Elsewhere a break is joined only when it falls plainly inside a sentence: the line
 * ends without a sentence's closing punctuation and the next begins in lower case.
 */
final class WrappedLines {
  private static final int MIN_WIDTH = 40;
  private static final int MAX_WIDTH = 100;
  private static final int MIN_WRAPPED_LINES = 3;
  private static final double FULL_LINE = 0.75;
  private static final double SHARE_FULL = 0.5;
  private static final Pattern CLOSES_SENTENCE = Pattern.compile(".*[.!?:;\"'\u201d\u2019)\\]]$");

  private WrappedLines() {}

  /** The block's lines joined into text: a space where a line was wrapped, a newline where a paragraph ends. */
  static String join(List<String> block) {
    int width = block.stream().mapToInt(String::length).max().orElse(0);
    boolean wrapped = isWrapped(block, width);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < block.size(); i++) {
      String line = block.get(i);
      if (i > 0) {
        String previous = block.get(i - 1);
        boolean joined = wrapped ? previous.length() >= FULL_LINE * width : insideSentence(previous, line);
        out.append(joined ? ' ' : '\n');
      }
      out.append(line);
    }
    return out.toString();
  }

  private static boolean isWrapped(List<String> block, int width) {
    if (block.size() < MIN_WRAPPED_LINES || width < MIN_WIDTH || width > MAX_WIDTH) {
      return false;
    }
    long full = block.subList(0, block.size() - 1).stream().filter(l -> l.length() >= FULL_LINE * width).count();
    return full >= SHARE_FULL * (block.size() - 1);
  }

  private static boolean insideSentence(String line, String next) {
    return !CLOSES_SENTENCE.matcher(line).matches() && !next.isEmpty() && Character.isLowerCase(next.codePointAt(0));
  }
}
