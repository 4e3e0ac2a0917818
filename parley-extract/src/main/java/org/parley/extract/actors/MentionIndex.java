package org.parley.extract.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.core.record.Actor;
import org.parley.core.record.Mention;
import org.parley.core.text.ParsedDocument;

/** Which actor each token belongs to, from the actors' mentions. */
public final class MentionIndex {
  private final ParsedDocument doc;
  private final Map<Integer, String> actorAtToken = new HashMap<>();

  public MentionIndex(ParsedDocument doc, List<Actor> actors) {
    this.doc = doc;
    actors.forEach(this::add);
  }

  /** Adds an actor's mentions; a token already taken keeps its first actor. */
  public void add(Actor actor) {
    for (Mention m : actor.mentions()) {
      for (int i = doc.tokenIndexAt(m.start()); i < doc.tokens().size() && doc.tokens().get(i).start() < m.end(); i++) {
        actorAtToken.putIfAbsent(i, actor.id());
      }
    }
  }

  public Optional<String> actorAt(int token) {
    return Optional.ofNullable(actorAtToken.get(token));
  }

  public boolean has(int token) {
    return actorAtToken.containsKey(token);
  }
}
