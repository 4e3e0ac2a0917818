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
 * One row of patterns.tsv: a trigger word with the frame it needs and the CAMEO code it yields.
 *
 * @param heads verb or noun lemmas that trigger it
 * @param noun whether the heads are nouns ("visit", "arrest") rather than verbs
 * @param objects lemmas one of which the verb's direct object must have (light verbs); empty if any
 * @param objectPreposition the preposition that introduces that object instead ("call for a truce")
 * @param particle a particle the verb must carry ("call off")
 * @param targetSlots where the target is: "obj", "iobj" or prepositions; empty when the frame has none
 * @param implicitSector for agentless passives and bare nouns: the sector of the state that acts
 * @param reversed the grammatical subject is the receiving end ("X received aid from Y")
 */
public record TriggerPattern(
    String id,
    String cameo,
    Set<String> heads,
    boolean noun,
    Set<String> objects,
    Optional<String> objectPreposition,
    Optional<String> particle,
    List<String> targetSlots,
    boolean symmetric,
    boolean targetless,
    Optional<String> implicitSector,
    boolean absorbs,
    boolean reversed) {

  public static TriggerPattern parse(TsvTable.Row row, Codebook codebook) {
    String id = row.require("id");
    String cameo = row.require("cameo");
    if (!codebook.knows(cameo)) {
      throw new BadInputException(row.source() + " line " + row.line() + ": unknown CAMEO code " + cameo);
    }
    List<String> parts = new ArrayList<>(Arrays.asList(row.require("trigger").toLowerCase(Locale.ROOT).split("\\s+")));
    String head = parts.remove(0);
    boolean noun = head.startsWith("@");
    Set<String> heads = alternatives(head.replace("@", ""));
    Set<String> objects = Set.of();
    Optional<String> objectPreposition = Optional.empty();
    Optional<String> particle = Optional.empty();
    List<String> slots = List.of();
    for (String part : parts) {
      if (part.startsWith("+")) {
        String object = part.substring(1);
        int colon = object.indexOf(':');
        if (colon > 0) {
          objectPreposition = Optional.of(object.substring(0, colon));
          object = object.substring(colon + 1);
        }
        objects = alternatives(object);
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
    Optional<String> implicit = flags.stream().filter(f -> f.startsWith("implicit="))
        .map(f -> f.substring("implicit=".length())).findFirst();
    return new TriggerPattern(id, cameo, heads, noun, objects, objectPreposition, particle, slots,
        flags.contains("sym"), flags.contains("notarget"), implicit, flags.contains("absorb"), flags.contains("reverse"));
  }

  private static Set<String> alternatives(String cell) {
    return Set.of(cell.split("\\|"));
  }

  /** Patterns that ask more of the sentence are tried first. */
  public int specificity() {
    return (objects.isEmpty() ? 0 : 4) + (particle.isPresent() ? 2 : 0) + (targetSlots.isEmpty() ? 0 : 1);
  }

  public boolean hasTargetSlot() {
    return !targetSlots.isEmpty();
  }
}
