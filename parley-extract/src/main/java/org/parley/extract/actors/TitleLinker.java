package org.parley.extract.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.core.record.ActorKind;

/**
 * Stage 3b: "the president", "the foreign minister": a bare title after "the" names the person last
 * mentioned before it with that title, once the titles the dictionary gives are known. Without this
 * the description takes the story's main country, which in a story about another state is wrong.
 * A "the" description that names no one so is dropped: it was only proposed for this stage.
 */
final class TitleLinker extends DocumentPass {
  /** Rules by which a description's own words gave its country ("the president of Peru"). */
  static final Set<String> STATED = Set.of("title", "organisation", "appositive");

  TitleLinker(ActorDrafts drafts) {
    super(drafts);
  }

  @Override
  void run() {
    for (Draft description : List.copyOf(drafts)) {
      if (description.kind != ActorKind.ANONYMOUS || description.head.isEmpty()
          || !description.name.toLowerCase(Locale.ROOT).startsWith("the ")) {
        continue;
      }
      String title = description.head.get();
      int at = description.firstStart();
      Optional<String> stated = description.countryRule.filter(STATED::contains).flatMap(r -> description.country);
      List<Draft> holders = drafts.stream()
          .filter(p -> p.kind == ActorKind.PERSON && p.role.map(r -> holds(r, title)).orElse(false)
              && !p.sector.equals(Optional.of("ELI")))
          .filter(p -> stated.isEmpty() || p.country.equals(stated))
          .toList();
      mentionedLastBefore(holders, at, Integer.MAX_VALUE)
          .ifPresent(person -> {
            description.mentions.forEach(person::mention);
            drafts.remove(description);
          });
    }
    drafts.removeIf(d -> d.tentative && d.kind != ActorKind.ORGANIZATION);
  }

  /**
   * "President" holds "president"; "Foreign Minister" holds "minister" and "foreign minister"; a
   * vice president, a deputy minister or a former president holds neither.
   */
  static boolean holds(String role, String title) {
    String r = role.toLowerCase(Locale.ROOT);
    if (!r.equals(title) && !r.endsWith(" " + title)) {
      return false;
    }
    String before = r.substring(0, r.length() - title.length());
    return Set.of("vice", "deputy", "former", "acting", "assistant", "ex", "vice-", "ex-").stream()
        .noneMatch(w -> before.startsWith(w) || before.contains(" " + w));
  }
}
