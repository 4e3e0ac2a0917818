package org.parley.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.Optional;

/**
 * Which rule gave an actor its country and its sector, so that a wrong code can be explained. The
 * rules, in the order evidence is trusted (docs/ACTORS.md): {@code name} (the actor is a state or a
 * nationality), {@code title} (words before the name: "Brazilian Foreign Minister"), {@code
 * appositive} (", the leader of ..."), {@code role} (a role noun: "police", "rebels"), {@code
 * dictionary} (a known person or organisation on the story's date), {@code organisation} (the
 * body a person speaks for), {@code description} (an earlier description of the same person),
 * {@code group} (a group the person was named as one of), {@code member} (a member's country),
 * {@code event} (the other side of an event), {@code context} (an actor of the same sector in the
 * sentence or the one before), {@code place} (a place the sentence names: "protesters in Lagos"),
 * {@code main-country} (the dateline's country, else the story's most named one); and for a
 * sector only, {@code crowd} (people only counted, "thousands marched", are civilians).
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Attribution(Optional<String> country, Optional<String> sector) {
  public static final Attribution NONE = new Attribution(Optional.empty(), Optional.empty());

  public Attribution {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(sector, "sector");
  }
}
