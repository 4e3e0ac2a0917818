package org.parley.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One gold sentence of an event-coding test set (PETRARCH-2's validation set, PLOVER's gold
 * records): its text and the events a coder found in it.
 *
 * @param evaluated whether the set counts this sentence (PETRARCH-2 marks some as not)
 */
public record CodedSentence(String id, String text, Optional<LocalDate> published, List<GoldTriple> gold,
    boolean evaluated) {

  public CodedSentence {
    gold = List.copyOf(gold);
  }

  /** A gold event: source and target actor codes ("" when none) and its CAMEO code or PLOVER type. */
  public record GoldTriple(String source, String target, String event) {}
}
