package org.parley.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parley.core.article.Dateline;
import org.parley.core.record.Actor;
import org.parley.core.record.Place;
import org.parley.core.record.TimeMention;
import org.parley.core.text.DependencyParser;
import org.parley.core.text.ParsedDocument;
import org.parley.extract.actors.ActorFinder;
import org.parley.extract.actors.Genders;
import org.parley.extract.dictionary.Knowledge;
import org.parley.extract.dictionary.MainCountry;
import org.parley.extract.events.EventFinder;
import org.parley.extract.events.EventFindings;
import org.parley.extract.places.PlaceFinder;
import org.parley.extract.quotes.CueWords;
import org.parley.extract.quotes.QuoteFinder;
import org.parley.extract.quotes.QuoteFindings;
import org.parley.extract.themes.ThemeScorer;
import org.parley.extract.times.TimeFinder;
import org.parley.extract.tone.ToneScorer;

/**
 * Extraction's front door: actors, times, places, themes and tone from a parsed document. Built
 * once (it loads the dictionaries) and shared by all threads.
 */
public final class Extractor {
  private final Knowledge knowledge;
  private final ActorFinder actors;
  private final TimeFinder times = new TimeFinder();
  private final PlaceFinder places;
  private final ThemeScorer themes;
  private final ToneScorer tone = ToneScorer.bundled();
  private final EventFinder events;
  private final QuoteFinder quotes;

  private Extractor(Knowledge knowledge, ThemeScorer themes, EventFinder events, QuoteFinder quotes) {
    this.knowledge = knowledge;
    this.actors = new ActorFinder(knowledge);
    this.places = new PlaceFinder(knowledge);
    this.themes = themes;
    this.events = events;
    this.quotes = quotes;
  }

  /** Loads the bundled dictionaries and patterns; files in {@code userDictionary} add to them. */
  public static Extractor load(Optional<Path> userDictionary) {
    Knowledge knowledge = Knowledge.load(userDictionary);
    return new Extractor(knowledge, ThemeScorer.bundled(userDictionary), EventFinder.load(knowledge, userDictionary),
        new QuoteFinder(CueWords.load(userDictionary), userDictionary, new Genders(knowledge)));
  }

  /**
   * Extracts everything from {@code doc}; {@code dependencies} parses the sentences that can hold
   * an event or reported speech (pass {@link DependencyParser#NONE} to use only the edges the
   * document already has).
   */
  public Findings extract(ParsedDocument doc, Optional<Dateline> dateline, DependencyParser dependencies) {
    Optional<String> home = dateline.flatMap(d -> knowledge.places().get(d.place()).stream()
        .filter(e -> e.isCapital()).findFirst().map(e -> e.iso3())
        .or(() -> Knowledge.bestCountry(knowledge.places().get(d.place()))));
    List<Place> foundPlaces = places.find(doc, dateline.map(Dateline::place));
    Optional<String> main = MainCountry.of(knowledge, doc, home, foundPlaces);
    List<Actor> found = actors.find(doc, main);
    List<TimeMention> foundTimes = times.find(doc);
    Set<Integer> chosen = new TreeSet<>(events.sentencesToParse(doc, found));
    chosen.addAll(quotes.sentencesToParse(doc));
    ParsedDocument parsed = dependencies.withDependencies(doc, chosen);
    EventFindings coded = events.find(parsed, found, foundTimes, foundPlaces, dateline, main);
    QuoteFindings quoted = quotes.find(parsed, coded.withAdded(found));
    return new Findings(
        quoted.actors(),
        coded.events(),
        quoted.quotes(),
        foundTimes,
        foundPlaces,
        themes.score(doc),
        tone.score(doc));
  }
}
