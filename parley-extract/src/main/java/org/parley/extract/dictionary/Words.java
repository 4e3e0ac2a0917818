package org.parley.extract.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits dictionary phrases into words as CoreNLP's English tokenizer splits text. */
public final class Words {
  // Abbreviations with dots stay whole ("U.S."), a possessive "'s" or bare "'" is its own word,
  // hyphenated words stay whole ("state-run"), other punctuation stands alone.
  private static final Pattern WORD =
      Pattern.compile("(?:\\p{L}\\.){2,}|'s\\b|\\p{L}+(?:[-.']\\p{L}+)*(?=')|[\\p{L}\\p{N}]+(?:[-.][\\p{L}\\p{N}]+)*|'|[^\\s\\p{L}\\p{N}]");

  private Words() {}

  public static List<String> split(String phrase) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(phrase);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
