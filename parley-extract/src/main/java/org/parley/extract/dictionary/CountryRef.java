package org.parley.extract.dictionary;

/** How a phrase refers to a country: by its name, an adjective or demonym, or its capital. */
public record CountryRef(Country country, Form form) {
  public enum Form {
    NAME,
    ADJECTIVE,
    CAPITAL
  }
}
