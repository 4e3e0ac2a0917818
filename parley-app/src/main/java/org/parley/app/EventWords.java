package org.parley.app;

import org.parley.extract.events.Codebook;
import org.parley.store.EventText;

/** Words to search events by, with the CAMEO codes whose names hold them ("sanctions" finds code 163). */
public final class EventWords {
  private static final Codebook CODEBOOK = Codebook.bundled();

  private EventWords() {}

  public static EventText of(String words) {
    return new EventText(words.strip(), CODEBOOK.codesNamed(words));
  }
}
