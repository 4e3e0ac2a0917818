package org.parley.extract.actors;

/**
 * One step of actor resolution (recognising mentions, linking them into actors, resolving their
 * attributes): given a document's drafts, the pass that works on them. The stage itself keeps no
 * per-document state and is shared across threads; each pass serves one document.
 */
interface ActorStage {
  DocumentPass on(ActorDrafts drafts);
}
