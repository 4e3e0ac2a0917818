package org.parley.extract.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits dictionary phrases into words as CoreNLP's English tokenizer splits text. */
public final class Words {
  // Abbreviations with dots stay whole ("U.S.", "Gen.", "St."), a possessive "'s" or bare "'" is its own word,
  // hyphenated words stay whole ("state-run"), other punctuation stands alone.
  private static final Pattern WORD =
      Pattern.compile("(?:\\p{L}\\.){2,}|\\p{L}{1,5}\\.(?=\\s|$)|'s\\b|\\p{L}+(?:[-.']\\p{L}+)*(?=')|[\\p{L}\\p{N}]+(?:[-.][\\p{L}\\p{N}]+)*|'|[^\\s\\p{L}\\p{N}]");

  private static final Pattern HYPHENATED = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)+");

  private Words() {}

  /**
   * The words with a short abbreviation's dot split off ("gen." → gen, .), as CoreNLP splits it at
   * the end of a sentence.
   */
  public static List<String> splitDots(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (w.length() > 1 && w.endsWith(".") && w.indexOf('.') == w.length() - 1) {
        out.add(w.substring(0, w.length() - 1));
        out.add(".");
      } else {
        out.add(w);
      }
    }
    return out;
  }

  /** The words with each hyphenated one split into its parts and hyphens ("state-run" → state, -, run). */
  public static List<String> splitHyphens(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (!HYPHENATED.matcher(w).matches()) {
        out.add(w);
        continue;
      }
      String[] parts = w.split("-");
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          out.add("-");
        }
        out.add(parts[i]);
      }
    }
    return out;
  }

  public static List<String> split(String phrase) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(phrase);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
