package org.parley.extract.actors;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.core.record.ActorKind;
import org.parley.core.record.Mention;

/**
 * Stage 3c: "the party", "the militia", "the union": a definite description of a kind of body names
 * the body of that kind the text named last before it, within a few sentences. Without this the
 * description is a party or militia of the story's main country, or of none. "The group", which
 * recognition proposes only for this stage, is dropped when it names no body.
 */
final class BodyLinker extends DocumentPass {
  /** The descriptions, and the sectors a named body must have to be the one described. */
  private static final Map<String, Set<String>> KINDS = Map.of(
      "party", Set.of("PTY", "OPP", "GOV"),
      "union", Set.of("LAB"),
      "militia", Set.of("REB", "UAF"),
      "armed group", Set.of("REB", "UAF", "IMG"),
      "rebel group", Set.of("REB", "UAF", "IMG"),
      "company", Set.of("BUS", "MNC"),
      "group", Set.of("REB", "UAF", "IMG", "NGO", "OPP", "PTY", "LAB", "CRM"));
  private static final int LOOKBACK_SENTENCES = 3;

  BodyLinker(ActorDrafts drafts) {
    super(drafts);
  }

  @Override
  void run() {
    for (Draft description : List.copyOf(drafts)) {
      String kind = description.name.toLowerCase(Locale.ROOT);
      Optional<Mention> definite = description.mentions.stream()
          .filter(m -> m.text().toLowerCase(Locale.ROOT).equals("the " + kind)).findFirst();
      if (!KINDS.containsKey(kind) || definite.isEmpty()
          || description.countryRule.filter(TitleLinker.STATED::contains).isPresent()) {
        continue;
      }
      int at = definite.get().start();
      // A body whose name says what it is ("National Union of Teachers"), or one of the sectors of
      // that kind (for a party, one the dictionary knows, as a party in power is government).
      List<Draft> bodies = drafts.stream()
          .filter(body -> body != description && body.kind == ActorKind.ORGANIZATION && named(body)
              && (body.name.toLowerCase(Locale.ROOT).contains(kind)
                  || body.sector.filter(KINDS.get(kind)::contains).isPresent() && (!kind.equals("party") || body.body.isPresent())))
          .toList();
      mentionedLastBefore(bodies, at, LOOKBACK_SENTENCES)
          .ifPresent(body -> {
            description.mentions.forEach(body::mention);
            drafts.remove(description);
          });
    }
    drafts.removeIf(d -> d.tentative);
  }

  /** A body the text names by a name of its own ("the Awami League", "al-Shabaab"), not by a description. */
  private static boolean named(Draft body) {
    return body.name.chars().anyMatch(Character::isUpperCase) && !KINDS.containsKey(body.name.toLowerCase(Locale.ROOT));
  }
}
