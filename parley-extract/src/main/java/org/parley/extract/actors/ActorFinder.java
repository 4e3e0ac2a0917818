package org.parley.extract.actors;

import java.util.List;
import java.util.Optional;
import org.parley.core.record.Actor;
import org.parley.core.text.ParsedDocument;
import org.parley.extract.dictionary.Knowledge;
import org.parley.extract.dictionary.MainCountry;

/**
 * Finds the actors of an article — people, organisations, states, groups and anonymous sources —
 * with country, sector and role, in stages that each do one job (see {@link ActorStage}):
 * recognising mentions, linking names, resolving attributes from context, linking bare titles
 * and pronouns.
 * Thread-safe; one instance serves every document.
 */
public final class ActorFinder {
  private final List<ActorStage> stages;

  public ActorFinder(Knowledge knowledge) {
    this.stages = List.of(
        drafts -> new MentionRecognizer(knowledge, drafts),
        drafts -> new NameLinker(knowledge, drafts),
        drafts -> new AttributeResolver(knowledge, drafts),
        TitleLinker::new,
        BodyLinker::new,
        DescriptionLinker::new,
        drafts -> new PronounLinker(new Genders(knowledge), drafts));
  }

  /**
   * The actors of {@code doc}; {@code mainCountry} (see {@link MainCountry}) is the country of
   * groups and institutions that the text names without one.
   */
  public List<Actor> find(ParsedDocument doc, Optional<String> mainCountry) {
    var drafts = new ActorDrafts(doc, mainCountry);
    for (ActorStage stage : stages) {
      stage.on(drafts).run();
    }
    return drafts.result();
  }
}
