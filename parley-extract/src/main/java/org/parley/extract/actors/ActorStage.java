package org.parley.extract.actors;

/**
 * One step of actor resolution over a document's drafts: recognising mentions, linking them into
 * actors, resolving their attributes. Implementations keep no per-document state and are shared
 * across threads.
 */
interface ActorStage {
  void apply(ActorDrafts drafts);
}
