package org.parley.nlp;

/**
 * Which CoreNLP models to load. Tokens, sentences, POS, lemmas and the 3-class CRF NER always run;
 * the dependency model is loaded when {@code dependencies} is set and then runs only on the
 * sentences extraction asks for, because over a whole article it costs about as much as everything
 * else together.
 */
public record NlpOptions(boolean dependencies) {
  public static NlpOptions defaults() {
    return new NlpOptions(true);
  }

  /** Tokens, tags, lemmas and entities only: enough for actors, times and places, not for events. */
  public static NlpOptions withoutDependencies() {
    return new NlpOptions(false);
  }
}
