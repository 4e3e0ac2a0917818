package org.parley.extract.actors;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.core.record.ActorKind;
import org.parley.core.record.Mention;
import org.parley.core.text.Sentence;
import org.parley.core.text.Token;
import org.parley.extract.dictionary.CountryRef;
import org.parley.extract.dictionary.Knowledge;
import org.parley.extract.dictionary.KnownPerson;

/**
 * Stage 3: the country and sector of every actor the text itself did not give, in the order
 * written down in docs/ACTORS.md: the dictionary for the story's date, the affiliation, the
 * nearest actor of the same sector, the place where a group acts, and last the story's country.
 */
final class AttributeResolver extends DocumentPass {
  private final Knowledge knowledge;

  AttributeResolver(Knowledge knowledge, ActorDrafts drafts) {
    super(drafts);
    this.knowledge = knowledge;
  }

  @Override
  void run() {
    fillFromContext();
  }

  /** Whether the title the text gives the person is the post the dictionary says they have left. */
  static boolean heldBefore(Draft d, KnownPerson former) {
    return d.role.isPresent() && "title".equals(d.sectorRule.orElse("")) && d.sector.equals(Optional.of(former.sector()))
        && TitleLinker.holds(former.role(), d.role.get().toLowerCase(Locale.ROOT));
  }

  /** Country and sector from affiliations, known office holders and the story's own country. */
  void fillFromContext() {
    drafts.sort(java.util.Comparator.comparingInt(Draft::firstStart));
    for (Draft d : drafts) {
      if (d.kind == ActorKind.PERSON) {
        var known = knowledge.personOn(d.name, doc.date());
        if (known.isEmpty()) {
          // Someone who has left every post the dictionary knows is a former official (ELI) of
          // that country, unless the text gives a role; a role the text gives in an international
          // body keeps its holder stateless. (One who will hold a post later is not yet coded by
          // it: a candidate's words would become the state's.)
          boolean national = d.sector.map(knowledge::isDomestic).orElse(true);
          var former = knowledge.lastPostBefore(d.name, doc.date());
          // A post of the sector the text gives, at any date.
          Optional<KnownPerson> ofSector = d.sector.flatMap(s -> knowledge.postOfSector(d.name, s));
          // "President X" before X's first post the dictionary knows: the text gives the role, the
          // dictionary the nationality, which does not change with the date.
          if (former.isEmpty() && d.country.isEmpty() && "title".equals(d.sectorRule.orElse(""))) {
            ofSector.map(KnownPerson::country).filter(Optional::isPresent).ifPresent(c -> d.country(c, "dictionary"));
          }
          former.ifPresent(p -> {
            // A role the text gives that the dictionary never gave this name (an opposition leader
            // who shares a former minister's name) is another person's; one it gives at another
            // date (between two posts) is the same person's.
            boolean samePerson = d.sector.isEmpty() || d.sector.equals(Optional.of(p.sector()))
                || d.sector.equals(Optional.of("ELI")) || ofSector.isPresent();
            if (d.country.isEmpty() && national && samePerson) {
              d.country(p.country(), "dictionary");
            }
            if (d.sector.isEmpty()) {
              d.sector(Optional.of("ELI"), "dictionary");
              d.role = d.role.or(() -> Optional.of("Former " + p.role()));
            } else if (heldBefore(d, p)) {
              // "President Carter said in 1990 ...": the title of a post the person has left is
              // a historical reference, not a new role.
              d.sector(Optional.of("ELI"), "dictionary");
              d.role = Optional.of("Former " + p.role());
            }
          });
        }
        known.ifPresent(p -> {
          if (d.country.isEmpty()) {
            d.country(p.country(), "dictionary");
          }
          if (d.sector.isEmpty()) {
            d.sector(Optional.of(p.sector()), "dictionary");
          }
          if (d.body.isEmpty() && p.cameo().isPresent()) {
            d.body = Optional.of(new Draft.Body(p.sector(), p.cameo()));
          }
          d.role = d.role.or(() -> Optional.of(p.role()));
          if (d.nameWords().size() == 1 && p.name().toLowerCase(Locale.ROOT).contains(d.name.toLowerCase(Locale.ROOT))) {
            d.aliases.add(d.name.toLowerCase(Locale.ROOT));
          }
        });
        d.affiliation.ifPresent(o -> {
          if (d.country.isEmpty()) {
            d.country(o.country, "organisation");
          }
          if (d.sector.isEmpty()) {
            d.sector(o.sector, "organisation");
          }
          // "the head of the IAEA" is coded as the agency is.
          if (d.body.isEmpty() && d.sector.equals(o.sector)) {
            d.body = o.body;
          }
        });
      }
    }
    for (Draft d : drafts) {
      if (d.country.isPresent() || d.sector.isEmpty() || d.stateless) {
        continue;
      }
      // A body the dictionary knows without a state ("Islamic State", a transnational network)
      // keeps none.
      if (d.kind == ActorKind.ORGANIZATION && d.sectorRule.equals(Optional.of("dictionary"))) {
        continue;
      }
      if (!knowledge.isDomestic(d.sector.get())) {
        // "Doctors protested in Nairobi": where a group acts says whose it is, even in the
        // professions that keep no country from the story alone.
        if (d.kind == ActorKind.GROUP && knowledge.takesPlaceCountry(d.sector.get())) {
          d.country(placeCountryInSentence(d), "place");
        }
        continue;
      }
      if (d.kind == ActorKind.PERSON && d.role.isPresent()) {
        Optional<String> near = nearestCountryBefore(d);
        if (near.isPresent()) {
          d.country(near, "context");
        } else {
          d.country(dominant, "main-country");
        }
      } else {
        // "Protesters marched in Lagos": the place the sentence names before the story's country.
        Optional<String> place = placeCountryInSentence(d);
        if (place.isPresent()) {
          d.country(place, "place");
        } else {
          d.country(dominant, "main-country");
        }
      }
    }
    for (Draft d : drafts) {
      d.affiliation.ifPresent(o -> {
        if (o.country.isEmpty() && o.sector.isPresent() && knowledge.isDomestic(o.sector.get())) {
          o.country(d.country, "member");
        }
      });
    }
  }

  /**
   * The country of the first place where something happens in the sentence in which the actor first
   * appears: a place after "in", "at", "outside", "near", "throughout" or "across" ("in central Lagos"), not one travelled
   * to or from.
   */
  Optional<String> placeCountryInSentence(Draft d) {
    Sentence s = doc.sentenceAt(d.firstStart());
    for (int i = s.first(); i <= s.last(); i++) {
      if (!tokens.get(i).ner().equals("LOCATION") || (i > s.first() && tokens.get(i - 1).ner().equals("LOCATION"))) {
        continue;
      }
      boolean located = false;
      for (int k = Math.max(s.first(), i - 3); k < i; k++) {
        located |= Set.of("in", "at", "outside", "near", "throughout", "across").contains(lower(k));
      }
      if (!located) {
        continue;
      }
      int at = i;
      var country = knowledge.countryRefs().longestAt(tokens, at, Token::word)
          .filter(m -> m.values().get(0).form() != CountryRef.Form.ADJECTIVE)
          .map(m -> m.values().get(0).country().iso3())
          .or(() -> knowledge.placeCountryAt(tokens, at));
      if (country.isPresent()) {
        return country;
      }
    }
    return Optional.empty();
  }

  /** The country of the closest earlier actor with the same sector in this or the previous sentence. */
  Optional<String> nearestCountryBefore(Draft d) {
    int at = d.firstStart();
    int sentence = doc.sentenceAt(at).index();
    Draft best = null;
    int bestStart = -1;
    for (Draft e : drafts) {
      if (e == d || e.country.isEmpty() || !e.sector.equals(d.sector)) {
        continue;
      }
      for (Mention m : e.mentions) {
        int s = doc.sentenceAt(m.start()).index();
        if (m.start() < at && sentence - s == 0 && m.start() > bestStart) {
          best = e;
          bestStart = m.start();
        }
      }
    }
    return best == null ? Optional.empty() : best.country;
  }
}
