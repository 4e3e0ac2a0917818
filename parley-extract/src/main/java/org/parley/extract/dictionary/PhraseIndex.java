package org.parley.extract.dictionary;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A trie over lower-cased words: finds the longest dictionary phrase starting at a token, in time
 * proportional to the phrase length, however large the dictionary.
 */
public final class PhraseIndex<T> {
  private final Node<T> root = new Node<>();

  private static final class Node<T> {
    final Map<String, Node<T>> next = new HashMap<>();
    final List<T> values = new ArrayList<>();
  }

  /** A phrase found in a word sequence: its values and how many words it spans. */
  public record Match<T>(int start, int length, List<T> values) {
    public int end() {
      return start + length;
    }
  }

  /** Adds {@code value} under {@code phrase}, split into words the way the tokenizer splits them. */
  public void add(String phrase, T value) {
    add(phrase, value, false);
  }

  /** Adds {@code value} under {@code phrase} ahead of the values already there: a deliberate override. */
  public void addFirst(String phrase, T value) {
    add(phrase, value, true);
  }

  private void add(String phrase, T value, boolean first) {
    List<String> words = Words.split(phrase);
    addPath(words, value, first);
    // CoreNLP splits most hyphenated words ("Port-au-Prince" is five tokens) but keeps some whole;
    // a phrase is found either way.
    for (List<String> variant : List.of(Words.splitHyphens(words), Words.splitDots(words))) {
      if (!variant.equals(words)) {
        addPath(variant, value, first);
      }
    }
  }

  private void addPath(List<String> words, T value, boolean first) {
    if (words.isEmpty()) {
      return;
    }
    Node<T> node = root;
    for (String w : words) {
      node = node.next.computeIfAbsent(key(w), k -> new Node<>());
    }
    if (first) {
      node.values.remove(value);
      node.values.add(0, value);
    } else if (!node.values.contains(value)) {
      node.values.add(value);
    }
  }

  /** The longest phrase that starts at {@code start} in {@code words}. */
  public <W> Optional<Match<T>> longestAt(List<W> words, int start, Function<W, String> text) {
    Node<T> node = root;
    Match<T> best = null;
    for (int i = start; i < words.size(); i++) {
      node = node.next.get(key(text.apply(words.get(i))));
      if (node == null) {
        break;
      }
      if (!node.values.isEmpty()) {
        best = new Match<>(start, i - start + 1, List.copyOf(node.values));
      }
    }
    return Optional.ofNullable(best);
  }

  /** The longest phrase that ends just before {@code end} (exclusive), scanning leftwards. */
  public <W> Optional<Match<T>> longestEndingAt(List<W> words, int end, int maxWords, Function<W, String> text) {
    for (int len = Math.min(maxWords, end); len >= 1; len--) {
      var m = longestAt(words.subList(end - len, end), 0, text);
      if (m.isPresent() && m.get().length() == len) {
        return Optional.of(new Match<>(end - len, len, m.get().values()));
      }
    }
    return Optional.empty();
  }

  /** Exact lookup of a whole phrase. */
  public List<T> get(String phrase) {
    List<String> words = Words.split(phrase);
    var m = longestAt(words, 0, Function.identity());
    return m.isPresent() && m.get().length() == words.size() ? m.get().values() : List.of();
  }

  /** A word as the index compares it: lower case, without accents, one spelling of a transliterated name. */
  static String key(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (!ascii(lower)) {
      lower = ACCENTS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
    return VARIANTS.getOrDefault(lower, lower);
  }

  /** A plain loop: {@link #key} runs for every word of every lookup. */
  private static boolean ascii(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
  private static final Map<String, String> VARIANTS = loadVariants();

  private static Map<String, String> loadVariants() {
    Map<String, String> variants = new HashMap<>();
    for (var row : TsvTable.resource("name-variants.tsv").rows()) {
      variants.put(row.require("variant"), row.require("canonical"));
    }
    return Map.copyOf(variants);
  }
}
