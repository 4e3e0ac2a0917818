package org.parley.eval;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** How the gold format compares strings: lower case, curly quotes straightened, punctuation out. */
final class Texts {
  private Texts() {}

  /** Runs of white space as one space, as the public scorers join a sentence's words. */
  static String squeeze(String s) {
    return String.join(" ", s.trim().split("\\s+"));
  }

  static String norm(String s) {
    if (s == null) {
      return "";
    }
    String t = s.toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
        .replaceAll("[^a-z0-9' ]+", " ");
    return String.join(" ", t.trim().split("\\s+")).trim();
  }

  static Set<String> words(String s) {
    String n = norm(s);
    return n.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(n.split(" ")));
  }

  static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    if (union.isEmpty()) {
      return 0;
    }
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return (double) both.size() / union.size();
  }
}
