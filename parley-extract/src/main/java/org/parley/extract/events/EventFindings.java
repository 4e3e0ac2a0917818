package org.parley.extract.events;

import java.util.List;
import org.parley.core.record.Actor;
import org.parley.core.record.Event;

/**
 * The events of one document, and the actors that coding them added to the ones the actor stage
 * found: states and role nouns named only as an event's side ("attacked Chad", "arrested three
 * students"). {@link #withAdded} is the one way they join the document's actors.
 */
public record EventFindings(List<Event> events, List<Actor> addedActors) {
  public EventFindings {
    events = List.copyOf(events);
    addedActors = List.copyOf(addedActors);
  }

  /** The document's actors: those found before coding, then the added ones. */
  public List<Actor> withAdded(List<Actor> found) {
    var all = new java.util.ArrayList<>(found);
    all.addAll(addedActors);
    return List.copyOf(all);
  }
}
