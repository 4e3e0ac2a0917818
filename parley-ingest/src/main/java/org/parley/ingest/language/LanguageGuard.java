package org.parley.ingest.language;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells English text from other languages by the share of its words that are common English
 * function words: English prose runs at 30-50%, other Latin-script languages below 10%.
 */
public final class LanguageGuard {
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "of", "and", "to", "a", "in", "that", "is", "was", "he", "for", "it", "with", "as",
          "his", "on", "be", "at", "by", "i", "this", "had", "not", "are", "but", "from", "or",
          "have", "an", "they", "which", "one", "you", "were", "her", "all", "she", "there",
          "would", "their", "we", "him", "been", "has", "when", "who", "will", "more", "no", "if",
          "out", "so", "said", "what", "up", "its", "about", "into", "than", "them", "can", "only",
          "other", "new", "some", "could", "after", "also", "over", "our", "these", "against", "between",
          "during", "before", "under", "amid", "near", "across", "since", "without", "while", "because",
          "through", "among", "despite", "says", "told", "did", "does", "should", "must", "any", "most",
          "both", "each", "those", "such", "where", "how", "why", "two", "three");
  /** Frequent function words of other Latin-script languages, to judge texts too short for shares. */
  private static final Set<String> FOREIGN_WORDS =
      Set.of("el", "la", "los", "las", "del", "que", "y", "una", "por", "para", "con", "les", "des", "et",
          "est", "une", "du", "au", "der", "die", "das", "und", "ist", "nicht", "mit", "den", "il", "di",
          "che", "della", "per", "os", "da", "do", "em", "het", "een", "van", "och", "att", "ve", "bir",
          "não", "uma", "com", "yang", "dan", "dengan", "untuk", "ini", "itu", "dari", "kwa", "ya", "wa",
          "na", "ile", "için", "bu", "ja", "ei", "się", "nie", "jest", "że");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final double MIN_SHARE = 0.12;
  /**
   * Below this many words a share says little: one name-heavy English sentence ("Arab League envoy
   * Ana Ruiz began mediation between Chad and Sudanese rebel leader Ali Musa") can hold a single
   * function word. Short texts are judged by which language's function words they hold; a short
   * text with none of either ("Kenyan troops kill militants near border", a headline) passes, and
   * the English analysis simply finds little in it if it is not English.
   */
  private static final int MIN_WORDS = 30;

  /** The verdict with the evidence, so callers can say why a text was refused. */
  public record Verdict(boolean english, int words, double functionWordShare, double latinShare) {}

  public Verdict judge(String text) {
    Matcher m = WORD.matcher(text);
    int words = 0;
    int function = 0;
    int foreign = 0;
    long letters = 0;
    long latin = 0;
    while (m.find()) {
      String w = m.group();
      words++;
      String lower = w.toLowerCase(Locale.ROOT);
      if (FUNCTION_WORDS.contains(lower)) {
        function++;
      } else if (FOREIGN_WORDS.contains(lower)) {
        foreign++;
      }
      for (int i = 0; i < w.length(); i++) {
        letters++;
        if (w.charAt(i) < 0x250) {
          latin++;
        }
      }
    }
    double share = words == 0 ? 0 : (double) function / words;
    double latinShare = letters == 0 ? 0 : (double) latin / letters;
    boolean english =
        latinShare > 0.8 && (words < MIN_WORDS ? function >= foreign : share >= MIN_SHARE);
    return new Verdict(english, words, share, latinShare);
  }
}
