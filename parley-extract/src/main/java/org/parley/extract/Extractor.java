package org.parley.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.parley.core.article.Dateline;
import org.parley.core.text.ParsedDocument;
import org.parley.extract.actors.ActorFinder;
import org.parley.extract.dictionary.Knowledge;
import org.parley.extract.places.PlaceFinder;
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

  private Extractor(Knowledge knowledge, ThemeScorer themes) {
    this.knowledge = knowledge;
    this.actors = new ActorFinder(knowledge);
    this.places = new PlaceFinder(knowledge);
    this.themes = themes;
  }

  /** Loads the bundled dictionaries; files in {@code userDictionary} add to them. */
  public static Extractor load(Optional<Path> userDictionary) {
    return new Extractor(Knowledge.load(userDictionary), ThemeScorer.bundled(userDictionary));
  }

  public Findings extract(ParsedDocument doc, Optional<Dateline> dateline) {
    Optional<String> home = dateline.flatMap(d -> knowledge.places().get(d.place()).stream()
        .filter(e -> e.isCapital()).findFirst().map(e -> e.iso3())
        .or(() -> Knowledge.ranked(knowledge.places().get(d.place())).stream().findFirst().map(e -> e.iso3())));
    return new Findings(
        actors.find(doc, home),
        List.of(),
        List.of(),
        times.find(doc),
        places.find(doc, dateline.map(Dateline::place)),
        themes.score(doc),
        tone.score(doc));
  }
}
