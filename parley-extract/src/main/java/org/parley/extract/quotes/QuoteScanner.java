package org.parley.extract.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds double-quoted stretches, straight, curly or typed as two single marks, paragraph by paragraph. A paragraph that opens a
 * quote and does not close it continues in the next when that one opens with a quotation mark (the
 * English convention); otherwise the quote ends with its paragraph. Single quotes stay part of the
 * text: they nest inside double quotes, and alone they mark titles and scare quotes, not speech.
 */
final class QuoteScanner {
  private QuoteScanner() {}

  static List<QuoteSpan> scan(String text) {
    List<QuoteSpan> spans = new ArrayList<>();
    List<int[]> paragraphs = paragraphs(text);
    boolean carried = false;
    for (int p = 0; p < paragraphs.size(); p++) {
      int from = paragraphs.get(p)[0];
      int to = paragraphs.get(p)[1];
      int open = -1;
      boolean continuation = false;
      for (int i = from; i < to; i++) {
        int width = markWidth(text, i, to);
        if (width == 0) {
          continue;
        }
        char c = width == 2 ? (text.charAt(i) == '`' ? '\u201c' : '"') : text.charAt(i);
        boolean opening = c == '\u201c' || (c == '"' && (open < 0 || opensHere(text, i, from)));
        if (open < 0 && opening) {
          open = i + width;
          continuation = carried && i == from;
          carried = false;
        } else if (open >= 0 && !opening || open >= 0 && c == '"') {
          add(spans, text, open, i, false, continuation);
          open = -1;
        } else if (open >= 0) {
          // A second opening mark before a close: the first quote was never closed.
          add(spans, text, open, i, false, continuation);
          open = i + width;
          continuation = false;
        }
        i += width - 1;
      }
      carried = false;
      if (open >= 0) {
        int nextStart = p + 1 < paragraphs.size() ? paragraphs.get(p + 1)[0] : -1;
        boolean next = nextStart >= 0 && markWidth(text, nextStart, paragraphs.get(p + 1)[1]) > 0;
        add(spans, text, open, to, next, continuation);
        carried = next;
      }
    }
    return spans;
  }

  /**
   * Quotations in single marks inside a double-quoted stretch ('"The mayor told us, 'We will
   * rebuild,' and we believed her"'): an opening mark after a space, colon or comma before a
   * capital, a closing mark after the words and before no letter, so that apostrophes
   * ("don't", "farmers'") are never taken for one.
   */
  static List<QuoteSpan> nested(String text, QuoteSpan outer) {
    List<QuoteSpan> out = new ArrayList<>();
    int i = outer.start();
    while (i < outer.end()) {
      char c = text.charAt(i);
      boolean opening = (c == '\'' || c == '\u2018') && i + 1 < outer.end()
          && Character.isUpperCase(text.charAt(i + 1))
          && (i == outer.start() || " :,\u2014".indexOf(text.charAt(i - 1)) >= 0);
      if (!opening) {
        i++;
        continue;
      }
      int close = -1;
      for (int j = i + 2; j < outer.end() + 1 && j < text.length(); j++) {
        char d = text.charAt(j);
        boolean letterAfter = j + 1 < text.length() && Character.isLetter(text.charAt(j + 1));
        if ((d == '\'' || d == '\u2019') && !letterAfter && ".,!?".indexOf(text.charAt(j - 1)) >= 0) {
          close = j;
          break;
        }
      }
      if (close < 0) {
        break;
      }
      String inner = text.substring(i + 1, close);
      if (inner.trim().split("\\s+").length >= 2) {
        out.add(new QuoteSpan(i + 1, close, false, false));
      }
      i = close + 1;
    }
    return out;
  }

  private static void add(List<QuoteSpan> spans, String text, int start, int end, boolean continued, boolean continuation) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      spans.add(new QuoteSpan(s, e, continued, continuation));
    }
  }

  /** A straight quote opens when nothing word-like stands right before it. */
  private static boolean opensHere(String text, int i, int paragraphStart) {
    if (i == paragraphStart) {
      return true;
    }
    char before = text.charAt(i - 1);
    return Character.isWhitespace(before) || before == '(' || before == '[' || before == '-' || before == '\u2014';
  }

  private static boolean isQuoteMark(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d';
  }

  /**
   * How many characters the quotation mark at {@code i} takes: 1 for a double mark, 2 for the
   * doubled single marks of typewriter and converted text (two apostrophes, or two backticks
   * opening), 0 for anything else.
   */
  private static int markWidth(String text, int i, int to) {
    char c = text.charAt(i);
    if (isQuoteMark(c)) {
      return 1;
    }
    if ((c == '\'' || c == '`') && i + 1 < to && text.charAt(i + 1) == c) {
      return 2;
    }
    return 0;
  }

  private static List<int[]> paragraphs(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      int s = start;
      while (s < end && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      if (s < end) {
        out.add(new int[] {s, end});
      }
      start = end + 1;
    }
    return out;
  }
}
