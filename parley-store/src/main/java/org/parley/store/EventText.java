package org.parley.store;

import java.util.List;

/**
 * Words to find events by: in the evidence sentence, the trigger pattern or an actor's name, or
 * the name of the event's CAMEO code, which the store does not hold and the caller looks up.
 *
 * @param codesNamed the CAMEO codes whose names hold the words ("sanctions" → 163)
 */
public record EventText(String words, List<String> codesNamed) {
  public EventText {
    codesNamed = List.copyOf(codesNamed);
  }
}
