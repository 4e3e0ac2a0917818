package org.parley.extract.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.core.error.BadInputException;
import org.parley.extract.dictionary.TsvTable;

/**
 * One row of a pattern file: a trigger word with the frame it needs and the CAMEO code it yields.
 *
 * @param heads verb or noun lemmas that trigger it
 * @param noun whether the heads are nouns ("visit", "arrest") rather than verbs
 * @param requirements words the frame must hold: the object of a light verb ("hold +talk"), a
 *     prepositional phrase ("call +for:ceasefire"); all must be present
 * @param subject a word the subject must be or carry ("troops staged exercises")
 * @param particle a particle the verb must carry ("call off")
 * @param targetSlots where the target is: "obj", "iobj" or prepositions, tried in this order; empty
 *     when the frame has none
 * @param implicitSector for agentless passives and bare nouns: the sector of the state that acts
 * @param reversed the grammatical subject is the receiving end ("X received aid from Y")
 * @param reciprocal the code of the same happening seen from the target's side ("X visited Y":
 *     042 for X, 043 for Y), coded as a second event; a symmetric pattern's own code ("X met Y")
 * @param deontic the trigger reports an obligation: it fits only with a that-clause whose verb
 *     carries "must", "should" or "have to" ("X said Y must leave" is X demanding of Y)
 * @param curated written by Parley's authors rather than converted from another dictionary; of two
 *     patterns that ask as much of a sentence, the curated one is tried first
 */
public record TriggerPattern(
    String id,
    String cameo,
    Set<String> heads,
    boolean noun,
    List<Requirement> requirements,
    Optional<Requirement> subject,
    Optional<String> particle,
    List<String> targetSlots,
    boolean symmetric,
    boolean targetless,
    Optional<String> implicitSector,
    boolean absorbs,
    boolean reversed,
    Optional<String> reciprocal,
    boolean deontic,
    boolean curated) {

  public TriggerPattern {
    heads = Set.copyOf(heads);
    requirements = List.copyOf(requirements);
    targetSlots = List.copyOf(targetSlots);
  }

  public static TriggerPattern parse(TsvTable.Row row, Codebook codebook, boolean curated) {
    String id = row.require("id");
    String cameo = row.require("cameo");
    if (!codebook.knows(cameo)) {
      throw new BadInputException(row.source() + " line " + row.line() + ": unknown CAMEO code " + cameo);
    }
    List<String> parts = new ArrayList<>(Arrays.asList(row.require("trigger").toLowerCase(Locale.ROOT).split("\\s+")));
    String head = parts.remove(0);
    boolean noun = head.startsWith("@");
    Set<String> heads = Set.copyOf(Arrays.asList(head.replace("@", "").split("\\|")));
    List<Requirement> requirements = new ArrayList<>();
    Optional<Requirement> subject = Optional.empty();
    Optional<String> particle = Optional.empty();
    List<String> slots = List.of();
    for (String part : parts) {
      if (part.startsWith("+")) {
        requirements.add(Requirement.parse(part.substring(1)));
      } else if (part.startsWith("<")) {
        subject = Optional.of(Requirement.parse(part.substring(1)));
      } else if (part.startsWith("~")) {
        particle = Optional.of(part.substring(1));
      } else if (slots.isEmpty()) {
        slots = List.of(part.split("\\|"));
      } else {
        throw new BadInputException(row.source() + " line " + row.line() + ": two target slots in `"
            + row.require("trigger") + "`");
      }
    }
    List<String> flags = row.list("flags");
    Optional<String> implicit = flag(flags, "implicit=");
    // A symmetric act is done by both sides ("X and Y met"): its own reciprocal, PETRARCH's "A:A".
    Optional<String> reciprocal = flag(flags, "recip=")
        .or(() -> flags.contains("sym") ? Optional.of(cameo) : Optional.empty());
    if (reciprocal.isPresent() && !codebook.knows(reciprocal.get())) {
      throw new BadInputException(row.source() + " line " + row.line() + ": unknown CAMEO code " + reciprocal.get());
    }
    return new TriggerPattern(id, cameo, heads, noun, requirements, subject, particle, slots,
        flags.contains("sym"), flags.contains("notarget"), implicit, flags.contains("absorb"), flags.contains("reverse"),
        reciprocal, flags.contains("deontic"), curated);
  }

  private static Optional<String> flag(List<String> flags, String prefix) {
    return flags.stream().filter(f -> f.startsWith(prefix)).map(f -> f.substring(prefix.length())).findFirst();
  }

  /**
   * Patterns that ask more of the verb's own phrase are tried first. A word required of the subject
   * does not count here: "soldiers X-ed" says less about what was done than the object does, so it
   * only orders patterns that are otherwise alike (see {@link PatternBook}).
   */
  public int specificity() {
    int words = requirements.stream().mapToInt(r -> 3 + r.weight()).sum();
    // A converted pattern's target slots are mostly the dictionary's generic default, which says
    // nothing about the frame; only a curated pattern's slot counts.
    return words + (particle.isPresent() ? 2 : 0) + (curated && !targetSlots.isEmpty() ? 1 : 0);
  }

  public boolean hasTargetSlot() {
    return !targetSlots.isEmpty();
  }

  /**
   * The same pattern yielding another code: a refusal coded by what was refused. What the target
   * does in return, or together with the source, belonged to the old code and is dropped.
   */
  TriggerPattern withCode(String code) {
    return new TriggerPattern(id, code, heads, noun, requirements, subject, particle, targetSlots, symmetric,
        targetless, implicitSector, absorbs, reversed, Optional.empty(), deontic, curated);
  }
}
