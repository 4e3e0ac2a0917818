package org.parley.eval;

/**
 * Maps offsets in a record's cleaned text back onto the original text. Cleaning changes whitespace,
 * joins wrapped lines and drops furniture lines; the two texts are walked together, whitespace
 * skipped on either side, and after a difference the next stretch of the record's text is looked
 * for further on in the original.
 */
final class OffsetAlignment {
  private static final int ANCHOR = 24;
  private final int[] toOriginal;

  OffsetAlignment(String record, String original) {
    toOriginal = new int[record.length() + 1];
    int j = 0;
    for (int i = 0; i < record.length(); i++) {
      char c = record.charAt(i);
      if (j < original.length() && original.charAt(j) == c) {
        toOriginal[i] = j++;
        continue;
      }
      if (Character.isWhitespace(c)) {
        toOriginal[i] = -1;
        continue;
      }
      while (j < original.length() && Character.isWhitespace(original.charAt(j))) {
        j++;
      }
      if (j < original.length() && original.charAt(j) == c) {
        toOriginal[i] = j++;
        continue;
      }
      int found = original.indexOf(record.substring(i, Math.min(record.length(), i + ANCHOR)), j);
      if (found >= 0) {
        j = found;
        toOriginal[i] = j++;
      } else {
        toOriginal[i] = -1;
      }
    }
    toOriginal[record.length()] = original.length();
  }

  /** The original span of the record's span start..end, or null when it cannot be placed. */
  int[] span(int start, int end) {
    if (start < 0 || end > toOriginal.length - 1 || end <= start) {
      return null;
    }
    int s = -1;
    for (int i = start; i < end && s < 0; i++) {
      s = toOriginal[i];
    }
    int e = -1;
    for (int i = end - 1; i >= start && e < 0; i--) {
      e = toOriginal[i];
    }
    return s >= 0 && e >= s ? new int[] {s, e + 1} : null;
  }
}
