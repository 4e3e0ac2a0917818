package org.parley.extract.events;

import java.util.Optional;
import java.util.Set;
import org.parley.core.record.Actor;
import org.parley.core.record.ActorKind;
import org.parley.core.text.Sentence;

/**
 * Whom an act with no target of its own is aimed at, read from the events coded just before it: a
 * denial answers the accuser, a refusal whoever asked, a complaint whom the same side acted against.
 */
final class ContextTargets extends CodingPass {
  private static final int TARGET_LOOKBACK_SENTENCES = 2;

  ContextTargets(CodingState state) {
    super(state);
  }

  /** Who accused or criticised {@code accused}'s state (root 11) in this or the two sentences before. */
  Optional<Actor> accuserOf(Sentence s, Actor accused) {
    return latestDraft(s.index(), TARGET_LOOKBACK_SENTENCES, d -> d.root().equals("11") && accused.country().isPresent()
        && d.target().flatMap(Actor::country).equals(accused.country())
        && !d.source().country().equals(accused.country()))
        .map(EventDraft::source);
  }

  /** Who appealed to, made an offer to or demanded something of {@code asked} (roots 02, 03, 10) in the two sentences before. */
  Optional<Actor> askerOf(Sentence s, Actor asked) {
    return latestDraft(s.index(), TARGET_LOOKBACK_SENTENCES, d -> d.sentence() < s.index()
        && Set.of("02", "03", "10").contains(d.root())
        && d.target().filter(t -> t.id().equals(asked.id()) || t.code().isPresent() && t.code().equals(asked.code())).isPresent()
        && !d.source().id().equals(asked.id()))
        .map(EventDraft::source);
  }

  /** "Seoul filed a complaint": against whom the same side acted just before. */
  Optional<Actor> targetFromContext(Sentence s, Actor source) {
    // A state its own people's act was aimed at is no side a later act of that state is aimed at.
    return latestDraft(s.index(), TARGET_LOOKBACK_SENTENCES, d -> d.target().isPresent() && source.country().isPresent()
        && d.target().filter(t -> t.kind() == ActorKind.COUNTRY && t.country().equals(d.source().country())).isEmpty()
        && sameSide(d.source(), source))
        .flatMap(EventDraft::target);
  }

  /**
   * The same actor, or the same state's same branch, or a state and one of its own: the police who
   * detained marchers are no side of the president's later veto, though both are the state's.
   */
  private static boolean sameSide(Actor earlier, Actor later) {
    if (!earlier.country().equals(later.country())) {
      return false;
    }
    return earlier.id().equals(later.id()) || earlier.kind() == ActorKind.COUNTRY || later.kind() == ActorKind.COUNTRY
        || earlier.sector().equals(later.sector());
  }
}
