package org.parley.extract.syntax;

/** Which sentences are worth a dependency parse, shared by the finders that ask for one. */
public final class ParseBudget {
  /**
   * The longest sentence worth parsing. News sentences run to about 60 tokens; a longer run is a
   * list, a table or text without punctuation, where the parser's time grows fast and no reading of
   * its structure can be trusted.
   */
  public static final int MAX_TOKENS = 150;

  private ParseBudget() {}
}
