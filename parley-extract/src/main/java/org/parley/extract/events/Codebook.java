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

  public boolean knows(String code) {
    return entries.containsKey(code);
  }
}
