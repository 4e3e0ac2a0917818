package org.parley.extract.quotes;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.extract.dictionary.TsvTable;

/**
 * Quotation marks that hold no one's words: the title of a work or the name of a thing ("the
 * documentary 'Open Waters'", "the so-called 'green deal'"), and scare quotes no one is reported
 * as saying. A phrase a verb of saying or judging gives to someone ("she called the plan 'a
 * gamble'") stays a quote, as do words that end like speech.
 */
final class NonSpeech {
  private static final int MAX_NAME_WORDS = 8;
  private static final int MAX_SCARE_WORDS = 4;
  private static final Set<String> LOWER_IN_TITLES = Set.of(
      "a", "an", "the", "and", "or", "of", "in", "on", "for", "to", "with", "at", "by", "from", "vs", "vs.", "as", "is");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.-]*");

  /** Words after which a title names where something was said or shown: "on 'Meet the Nation'". */
  private static final Set<String> TITLE_PLACES = Set.of("on", "at", "in", "during", "from");
  private static final Set<String> OWNERS = Set.of("his", "her", "its", "their", "our", "my", "your");

  private final Set<String> namingWords = new HashSet<>();

  private NonSpeech() {}

  static NonSpeech load(Optional<Path> userDir) {
    NonSpeech words = new NonSpeech();
    for (var row : TsvTable.resource("quote-names.tsv").withOverrides(userDir, "quote-names.tsv").rows()) {
      words.namingWords.add(row.require("words").toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /**
   * Whether a quoted stretch is a name, a title or a scare quote. {@code before} is the text of
   * its line up to the opening mark; {@code attributed}, whether a cue or a verb gives it a speaker.
   */
  boolean isNotSpeech(String quoted, String before, boolean attributed, boolean partial) {
    if (introducedAsName(before)) {
      return true;
    }
    var words = WORD.matcher(quoted).results().map(m -> m.group()).toList();
    if (words.isEmpty()) {
      return false;
    }
    // "on 'Meet the Nation,' the senator said": a title in headline case after a preposition or an
    // owner is a programme's or a work's name even next to a cue; speech capitalises its first word,
    // not each word, and a nickname someone "called" another is a quote of theirs.
    if (headlineCase(words) && afterPlaceOrOwner(before)) {
      return true;
    }
    if (attributed) {
      return false;
    }
    boolean endsLikeSpeech = ".,!?;:\u2026".indexOf(quoted.charAt(quoted.length() - 1)) >= 0;
    boolean titleCase = words.size() <= MAX_NAME_WORDS && words.stream()
        .allMatch(w -> !Character.isLowerCase(w.codePointAt(0)) || LOWER_IN_TITLES.contains(w.toLowerCase(Locale.ROOT)))
        && words.stream().anyMatch(w -> Character.isUpperCase(w.codePointAt(0)));
    return titleCase && !endsLikeSpeech || partial && words.size() <= MAX_SCARE_WORDS;
  }

  /**
   * Every word but the small ones capitalised, at most {@link #MAX_NAME_WORDS} words, and at least
   * two capitalised words after the first, none of them "I": "Face the Press", "Contract for Growth".
   */
  private static boolean headlineCase(List<String> words) {
    if (words.size() < 2 || words.size() > MAX_NAME_WORDS) {
      return false;
    }
    long capitalisedAfterFirst = 0;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      boolean small = LOWER_IN_TITLES.contains(w.toLowerCase(Locale.ROOT));
      boolean capital = Character.isUpperCase(w.codePointAt(0));
      if (!capital && !(small && i > 0) || w.equals("I")) {
        return false;
      }
      if (capital && i > 0 && !small) {
        capitalisedAfterFirst++;
      }
    }
    return capitalisedAfterFirst >= 2 || words.size() == 2 && capitalisedAfterFirst == 1;
  }

  private static boolean afterPlaceOrOwner(String before) {
    String[] words = before.trim().split("\\s+");
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    return TITLE_PLACES.contains(last) || last.endsWith("'s") || last.endsWith("\u2019s") || OWNERS.contains(last);
  }

  /** "the so-called", "CBS's show", "a documentary titled": the last one or two words name what follows. */
  private boolean introducedAsName(String before) {
    String[] words = before.toLowerCase(Locale.ROOT).replaceAll("['\u2019]s\\b", "").replaceAll("[^\\p{L}\\p{N}\\s-]", " ")
        .trim().split("\\s+");
    if (words.length == 0 || words[words.length - 1].isEmpty()) {
      return false;
    }
    String last = words[words.length - 1];
    String lastTwo = words.length >= 2 ? words[words.length - 2] + " " + last : last;
    return namingWords.contains(last) || namingWords.contains(lastTwo);
  }
}
