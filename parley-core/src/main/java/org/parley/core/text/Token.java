package org.parley.core.text;

/**
 * One token of a parsed document.
 *
 * @param index position in the whole document, from 0
 * @param sentence index of its sentence
 * @param start UTF-16 offset into the document text, inclusive
 * @param end UTF-16 offset, exclusive
 * @param ner the named-entity class (PERSON, LOCATION, ORGANIZATION, MISC) or "O"
 */
public record Token(
    int index, int sentence, String word, int start, int end, String pos, String lemma, String ner) {

  public boolean isVerb() {
    return pos.startsWith("VB") || pos.equals("MD");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isCapitalised() {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }
}
