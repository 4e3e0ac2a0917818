package org.parley.extract.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.core.text.Token;
import org.parley.extract.dictionary.KnownOrganization;
import org.parley.extract.dictionary.Knowledge;
import org.parley.extract.dictionary.MainCountry;
import org.parley.extract.dictionary.PhraseIndex;

/**
 * Which state or body the words of one document tie a mention to: the state or place a name
 * names, the body a group belongs to ("nurses belonging to the Kenyan union", "inspectors from the
 * IAEA"), and which of two bodies an ambiguous name means.
 */
final class Affiliations {
  /** The preposition a word of belonging takes: "belonging to", "affiliated with", "working for". */
  private static final Set<String> LINK_PREPOSITIONS = Set.of("to", "with", "for", "by");
  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ".", "(");
  private static final int WORDS_AFTER_LINK = 5;

  /**
   * Whose a group is by the phrase after its noun: a state, or a body with its state if it has one;
   * a body no dictionary knows gives the sector of its role noun ("the main opposition party").
   */
  record Belonging(Optional<String> country, Optional<KnownOrganization> body, Optional<String> sector) {
    static final Belonging NONE = new Belonging(Optional.empty(), Optional.empty(), Optional.empty());
  }

  private final Knowledge knowledge;
  private final List<Token> tokens;
  /** The states the document names anywhere, found the first time a body's name is ambiguous. */
  private Set<String> statesNamed;

  Affiliations(Knowledge knowledge, List<Token> tokens) {
    this.knowledge = knowledge;
    this.tokens = tokens;
  }

  /**
   * "the leaders of Somalia's largest militia", "officials of the Kenyan government", "nurses
   * belonging to the Kenyan union", "inspectors from the IAEA": the state or body a phrase saying
   * whose the group is (word class {@code belonging}) names right after a role noun, before any verb
   * or clause break.
   */
  Belonging belongingAfter(int end) {
    if (end >= tokens.size() || !sameSentence(end - 1, end)) {
      return Belonging.NONE;
    }
    // "a spokesman for the Kremlin", "the head of the army": a linking role speaks for its body.
    boolean speaksFor = lower(end).equals("for") && knowledge.isA(lower(end - 1), "link");
    if (!speaksFor && !knowledge.isA(lower(end), "belonging")) {
      return Belonging.NONE;
    }
    int first = end + 1;
    if (first < tokens.size() && LINK_PREPOSITIONS.contains(lower(first))) {
      first++;
    }
    Optional<String> country = Optional.empty();
    Optional<String> sector = Optional.empty();
    for (int j = first; j < Math.min(tokens.size(), first + WORDS_AFTER_LINK) && sameSentence(end, j); j++) {
      Token t = tokens.get(j);
      if (t.isVerb() || CLAUSE_BREAKS.contains(t.word())) {
        break;
      }
      // "troops from the African Union mission in Somalia" belong to the body, not to the place.
      Optional<PhraseIndex.Match<KnownOrganization>> body = namelike(j)
          ? knowledge.organizations().longestAt(tokens, j, Token::word) : Optional.empty();
      // A body of another state than the one named first is another body of the same name
      // ("Rwanda's Senate" is no US Senate).
      Optional<String> stateSoFar = country;
      Optional<KnownOrganization> known = body.map(b -> ofStatesNamed(b.values()))
          .filter(k -> stateSoFar.isEmpty() || k.country().equals(stateSoFar));
      if (known.isPresent()) {
        return new Belonging(known.get().country(), known, Optional.empty());
      }
      if (country.isEmpty() && t.isCapitalised()) {
        country = countryOrPlaceAt(j);
      }
      // "the leaders of Zambia's main opposition party", "members of the rebel group"
      if (sector.isEmpty()) {
        sector = knowledge.roles().longestAt(tokens, j, Token::word).map(m -> m.values().get(0).sector());
      }
    }
    return new Belonging(country, Optional.empty(), sector);
  }

  /**
   * Of the bodies a name can mean ("RSF": a Sudanese militia, a press-freedom group), the first
   * whose state the document names, else the first listed.
   */
  KnownOrganization ofStatesNamed(List<KnownOrganization> bodies) {
    if (bodies.size() > 1) {
      for (KnownOrganization body : bodies) {
        if (body.country().filter(statesNamed()::contains).isPresent()) {
          return body;
        }
      }
    }
    return bodies.get(0);
  }

  private Set<String> statesNamed() {
    if (statesNamed == null) {
      statesNamed = MainCountry.namedInText(knowledge, tokens).keySet();
    }
    return statesNamed;
  }

  /** The country a capitalised name at {@code j} names or lies in: "Chile", "Bogota". */
  Optional<String> countryOrPlaceAt(int j) {
    var ref = knowledge.countryRefs().longestAt(tokens, j, Token::word);
    if (ref.isPresent()) {
      return Optional.of(ref.get().values().get(0).country().iso3());
    }
    if (!tokens.get(j).ner().equals("LOCATION")) {
      return Optional.empty();
    }
    return knowledge.placeCountryAt(tokens, j);
  }

  /** A capitalised word, or one whose article is written in lower case: "al-Shabaab", "al-Qaeda". */
  boolean namelike(int i) {
    return namelike(tokens, i);
  }

  /** A word with a capital, or a lower-case particle of a name the tokenizer split ("al", "-", "Shabaab"). */
  static boolean namelike(List<Token> tokens, int i) {
    return tokens.get(i).word().chars().anyMatch(Character::isUpperCase)
        || i + 2 < tokens.size() && tokens.get(i + 1).word().equals("-") && tokens.get(i + 2).isCapitalised()
            && tokens.get(i).sentence() == tokens.get(i + 2).sentence();
  }

  private boolean sameSentence(int a, int b) {
    return tokens.get(a).sentence() == tokens.get(b).sentence();
  }

  private String lower(int i) {
    return tokens.get(i).word().toLowerCase(Locale.ROOT);
  }
}
