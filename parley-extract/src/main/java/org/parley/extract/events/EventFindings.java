package org.parley.extract.events;

import java.util.List;
import org.parley.core.record.Actor;
import org.parley.core.record.Event;

/** The events of one document, with every actor they refer to (the found ones and any new ones). */
public record EventFindings(List<Event> events, List<Actor> actors) {
  public EventFindings {
    events = List.copyOf(events);
    actors = List.copyOf(actors);
  }
}
