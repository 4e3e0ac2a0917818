package org.parley.extract.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.core.article.Dateline;
import org.parley.core.record.Actor;
import org.parley.core.record.Place;
import org.parley.core.record.TimeMention;
import org.parley.core.text.ParsedDocument;
import org.parley.extract.actors.MentionIndex;
import org.parley.extract.dictionary.Knowledge;

/** What the coding passes share while they work on one document. */
final class CodingState {
  final Knowledge knowledge;
  final PatternBook patterns;
  final ModalityJudge modality;
  final ParsedDocument doc;
  final ArgumentResolver resolver;
  final MentionIndex mentions;
  final EventDater dater;
  final List<Place> places;
  final Optional<Dateline> dateline;
  /** Every event coded so far, in the order of the text. */
  final List<EventDraft> drafts = new ArrayList<>();
  /** The current sentence's verbs that carry an event of their own. */
  final Set<Integer> verbTriggers = new HashSet<>();

  CodingState(Knowledge knowledge, PatternBook patterns, ModalityJudge modality, ParsedDocument doc,
      List<Actor> actors, List<TimeMention> times, List<Place> places, Optional<Dateline> dateline,
      Optional<String> mainCountry) {
    this.knowledge = knowledge;
    this.patterns = patterns;
    this.modality = modality;
    this.doc = doc;
    this.resolver = new ArgumentResolver(knowledge, doc, actors, mainCountry);
    this.mentions = new MentionIndex(doc, actors);
    this.dater = new EventDater(doc, times);
    this.places = places;
    this.dateline = dateline;
  }
}
