package org.parley.core.text;

import java.time.LocalDate;

/** Turns cleaned text into a {@link ParsedDocument}; implementations are thread-safe. */
public interface Parser {
  ParsedDocument parse(String text, LocalDate documentDate);
}
