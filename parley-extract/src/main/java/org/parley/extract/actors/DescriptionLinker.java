package org.parley.extract.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.core.record.Mention;

/**
 * Stage 3d: "Chad's ruling junta ... the junta", "Peruvian farmers ... the farmers": a definite
 * description whose head noun an earlier description of the same kind and side had, with the
 * state its own words named, names that actor again. Without this the later description takes the
 * story's main country, which in a story told from a neighbour's capital is the neighbour's.
 */
final class DescriptionLinker extends DocumentPass {
  private static final int LOOKBACK_SENTENCES = 5;

  DescriptionLinker(ActorDrafts drafts) {
    super(drafts);
  }

  @Override
  void run() {
    for (Draft description : List.copyOf(drafts)) {
      if (description.head.isEmpty() || description.countryRule.filter(TitleLinker.STATED::contains).isPresent()
          || description.stateless) {
        continue;
      }
      String head = description.head.get();
      Optional<Mention> definite = description.mentions.stream()
          .filter(m -> m.text().toLowerCase(Locale.ROOT).startsWith("the ")
              && m.text().toLowerCase(Locale.ROOT).endsWith(head)).findFirst();
      if (definite.isEmpty()) {
        continue;
      }
      List<Draft> earlier = drafts.stream()
          .filter(d -> d != description && d.kind == description.kind
              && d.head.map(DescriptionLinker::noun).equals(Optional.of(noun(head)))
              && d.sector.equals(description.sector) && d.country.isPresent()
              && d.countryRule.filter(TitleLinker.STATED::contains).isPresent())
          .toList();
      mentionedLastBefore(earlier, definite.get().start(), LOOKBACK_SENTENCES)
          .ifPresent(antecedent -> {
            description.mentions.forEach(antecedent::mention);
            drafts.remove(description);
          });
    }
  }

  /** The head noun of a description's head words: "junta" of "ruling junta". */
  private static String noun(String head) {
    return head.substring(head.lastIndexOf(' ') + 1);
  }
}
