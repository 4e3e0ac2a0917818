package org.parley.extract.events;

import java.util.List;
import java.util.Optional;

/**
 * A pattern that fits a trigger, with the argument tokens it found.
 *
 * @param words the tokens the pattern's requirements took, {@code object} the first of them
 * @param unresolved target phrases the pattern found that name no actor, kept for a place inside
 */
record FrameMatch(
    TriggerPattern pattern, int trigger, Optional<Integer> object, List<Integer> words, List<Integer> sources,
    List<Integer> targets, boolean passive, List<Integer> clauseRoots, List<Integer> unresolved) {

  FrameMatch withArguments(List<Integer> newSources, List<Integer> newTargets) {
    List<Integer> dropped = newTargets.isEmpty() ? targets : List.of();
    return new FrameMatch(pattern, trigger, object, words, newSources, newTargets, passive, clauseRoots, dropped);
  }
}
