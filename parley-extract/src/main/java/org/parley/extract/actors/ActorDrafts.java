package org.parley.extract.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parley.core.record.Actor;
import org.parley.core.text.ParsedDocument;

/**
 * One document's actors while the stages work on them: the drafts found so far, and which tokens
 * already belong to a mention. Each {@link ActorStage} reads and changes it in turn.
 */
final class ActorDrafts {
  final ParsedDocument doc;
  final List<Draft> drafts = new ArrayList<>();
  final boolean[] used;
  /** The story's own country (see {@link org.parley.extract.dictionary.MainCountry}), if known. */
  final Optional<String> mainCountry;

  ActorDrafts(ParsedDocument doc, Optional<String> mainCountry) {
    this.doc = doc;
    this.used = new boolean[doc.tokens().size()];
    this.mainCountry = mainCountry;
  }

  /** The actors in order of first mention, numbered a1, a2, ... */
  List<Actor> result() {
    drafts.sort(Comparator.comparingInt(Draft::firstStart));
    List<Actor> out = new ArrayList<>();
    for (Draft d : drafts) {
      out.add(d.toActor("a" + (out.size() + 1)));
    }
    return out;
  }
}
