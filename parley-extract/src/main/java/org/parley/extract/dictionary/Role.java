package org.parley.extract.dictionary;

/** A title or role noun and the sector it implies ("foreign minister" → GOV). */
public record Role(String phrase, String sector, Kind kind) {
  public enum Kind {
    /** A title or a noun for one person. */
    PERSON,
    /** A plural noun for many people. */
    GROUP,
    /** An institution acting as one. */
    BODY
  }
}
