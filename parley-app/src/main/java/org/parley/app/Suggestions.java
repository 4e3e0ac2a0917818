package org.parley.app;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.parley.store.ActorRow;
import org.parley.store.Store;
import org.parley.store.Tally;

/**
 * What to ask a store next, from what it actually holds: its busiest dyads, countries and actors,
 * never an example that would answer with nothing.
 */
record Suggestions(List<Tally> dyads, List<Tally> countries, List<ActorRow> actors, java.util.Optional<String> speaker) {
  static Suggestions of(Store store) {
    var speakers = store.quotes(new org.parley.store.QuoteQuery(java.util.Optional.empty(), java.util.Optional.empty(), 10_000))
        .stream().flatMap(q -> q.speakerName().stream())
        .collect(Collectors.groupingBy(n -> n, java.util.TreeMap::new, Collectors.counting()));
    var busiestSpeaker = speakers.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey);
    return new Suggestions(store.busiestDyads(3), store.busiestCountries(3), store.actors("", 3), busiestSpeaker);
  }

  List<String> lines() {
    List<String> out = new ArrayList<>();
    if (dyads.isEmpty() && countries.isEmpty()) {
      out.add("no events are stored yet; add articles with `./parley ingest FILE|FOLDER|FEED_URL`");
      return out;
    }
    if (!dyads.isEmpty()) {
      out.add("busiest dyads: " + tallies(dyads));
    }
    out.add("busiest countries: " + tallies(countries));
    if (!actors.isEmpty()) {
      out.add("most written about: " + actors.stream().map(a -> a.name() + " (" + a.articles() + " articles)")
          .collect(Collectors.joining(", ")));
    }
    String filter = dyads.isEmpty() ? "--country " + countries.get(0).key() : "--dyad " + dyads.get(0).key();
    out.add("ask it with `./parley query events " + filter + "`"
        + speaker.map(s -> ", `./parley query quotes --speaker \"" + s + "\"`").orElse("")
        + ", `./parley export --format csv -o events.csv`");
    return out;
  }

  private static String tallies(List<Tally> tallies) {
    return tallies.stream().map(t -> t.key() + " (" + t.events() + " events)").collect(Collectors.joining(", "));
  }
}
