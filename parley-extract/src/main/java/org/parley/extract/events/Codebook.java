package org.parley.extract.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.parley.extract.dictionary.TsvTable;

/** The CAMEO codebook as data: every code's name, Goldstein score, PLOVER type and quad class. */
public final class Codebook {
  private final Map<String, CodebookEntry> entries = new HashMap<>();

  private Codebook() {}

  public static Codebook bundled() {
    var book = new Codebook();
    for (var row : TsvTable.resource("codebook.tsv").rows()) {
      var entry = new CodebookEntry(
          row.require("code"),
          row.require("name"),
          Double.parseDouble(row.require("goldstein")),
          row.require("plover"),
          Integer.parseInt(row.require("quad")));
      book.entries.put(entry.code(), entry);
    }
    return book;
  }

  /** The entry for {@code code}; an unknown sub-code falls back to its nearest listed parent. */
  public Optional<CodebookEntry> lookup(String code) {
    for (int n = code.length(); n >= 2; n--) {
      var entry = entries.get(code.substring(0, n));
      if (entry != null) {
        return Optional.of(entry.code().equals(code) ? entry : new CodebookEntry(
            code, entry.name(), entry.goldstein(), entry.plover(), entry.quad()));
      }
    }
    return Optional.empty();
  }

  /** The PLOVER event types the codebook maps CAMEO codes to, in alphabetical order. */
  public java.util.SortedSet<String> ploverTypes() {
    var types = new java.util.TreeSet<String>();
    entries.values().forEach(e -> types.add(e.plover()));
    return types;
  }

  /** The codes whose names hold every one of these words, ignoring case; none for blank words. */
  public java.util.List<String> codesNamed(String words) {
    var wanted = java.util.Arrays.stream(words.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> w.length() > 2).toList();
    if (wanted.isEmpty()) {
      return java.util.List.of();
    }
    return entries.values().stream()
        .filter(e -> wanted.stream().allMatch(w -> e.name().toLowerCase(java.util.Locale.ROOT).contains(w)))
        .map(CodebookEntry::code).sorted().toList();
  }

  public boolean knows(String code) {
    return entries.containsKey(code);
  }
}
