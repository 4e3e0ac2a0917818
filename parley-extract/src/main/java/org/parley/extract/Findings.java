package org.parley.extract;

import java.util.List;
import org.parley.core.record.Actor;
import org.parley.core.record.Event;
import org.parley.core.record.Place;
import org.parley.core.record.Quote;
import org.parley.core.record.Theme;
import org.parley.core.record.TimeMention;
import org.parley.core.record.Tone;

/** What extraction found in one parsed document. */
public record Findings(
    List<Actor> actors,
    List<Event> events,
    List<Quote> quotes,
    List<TimeMention> times,
    List<Place> places,
    List<Theme> themes,
    Tone tone) {

  public Findings {
    actors = List.copyOf(actors);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    times = List.copyOf(times);
    places = List.copyOf(places);
    themes = List.copyOf(themes);
  }
}
