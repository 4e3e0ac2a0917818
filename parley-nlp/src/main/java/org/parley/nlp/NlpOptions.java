package org.parley.nlp;

/**
 * Which CoreNLP analyses to run. Tokens, sentences, POS, lemmas and the 3-class CRF NER always run;
 * the dependency parse is optional because it costs about as much as everything else together.
 */
public record NlpOptions(boolean dependencies) {
  public static NlpOptions defaults() {
    return new NlpOptions(false);
  }
}
