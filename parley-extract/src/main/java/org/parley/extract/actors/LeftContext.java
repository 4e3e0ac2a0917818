package org.parley.extract.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.Token;
import org.parley.extract.dictionary.KnownOrganization;
import org.parley.extract.dictionary.Knowledge;
import org.parley.extract.dictionary.Role;

/**
 * What the words before a name or a role noun say about it: "U.S. Secretary of State", "China's
 * top diplomat", "state-run Chinese tabloid", "one senior State Department". Read right to left
 * until a word that cannot modify a name.
 *
 * @param start index of the first token that belongs to the description
 * @param determiner "a", "an", "one", "the", a number, or empty
 * @param based whether the country is where the description says the actor is based ("a
 *     Nairobi-based group"), which is no nationality
 * @param stateless whether a word says the actor is of many states or of another than the story's
 *     ("foreign governments", "Arab ministers"): it has no country, and takes none from context
 */
record LeftContext(
    int start,
    Optional<Role> role,
    Optional<String> roleText,
    Optional<String> country,
    Optional<KnownOrganization> organization,
    Optional<String> determiner,
    boolean opposition,
    boolean former,
    boolean based,
    boolean stateless) {

  private static final Set<String> DETERMINERS =
      Set.of("a", "an", "one", "the", "two", "three", "four", "five", "several", "some", "many", "other", "those", "these");
  private static final int MAX_ROLE_WORDS = 5;

  static LeftContext read(ParsedDocument doc, Knowledge k, int end, boolean allowRole) {
    List<Token> tokens = doc.tokens();
    int first = doc.sentenceOf(tokens.get(Math.max(0, end - 1))).first();
    int p = end;
    int start = end;
    Optional<Role> role = Optional.empty();
    Optional<String> roleText = Optional.empty();
    Optional<String> country = Optional.empty();
    Optional<KnownOrganization> org = Optional.empty();
    Optional<String> det = Optional.empty();
    boolean opposition = false;
    boolean former = false;
    boolean based = false;
    boolean stateless = false;
    while (p > first) {
      var window = tokens.subList(first, p);
      int local = p - first;
      String w = tokens.get(p - 1).word();
      boolean possessive = w.equals("'s") || w.equals("'") || w.equals("\u2019s");
      int refEnd = possessive ? local - 1 : local;
      // "Hamas leader X", and after a title "the union's chairman X": the body the person speaks for.
      var orgMatch = k.organizations().longestEndingAt(window, local, MAX_ROLE_WORDS, Token::word);
      if (orgMatch.isEmpty() && possessive && role.isPresent() && refEnd > 0) {
        orgMatch = k.organizations().longestEndingAt(window, refEnd, MAX_ROLE_WORDS, Token::word);
      }
      if (orgMatch.isPresent() && Affiliations.namelike(tokens, first + orgMatch.get().start()) && org.isEmpty()) {
        org = Optional.of(orgMatch.get().values().get(0));
        p = first + orgMatch.get().start();
        start = p;
        continue;
      }
      // "Kenya's foreign partners", "Latin American leaders": a word nearer the noun than any state
      // says the group is of no one state; the words before it say no more about the noun.
      if (!possessive && k.namesNoOneState(tokens, p - 1) && country.isEmpty()) {
        stateless = true;
        // "Southeast Asian", "West African": the compass word is part of the region's name.
        boolean compass = p - 2 >= first && tokens.get(p - 2).isCapitalised()
            && k.isA(tokens.get(p - 2).word(), "compass");
        start = compass ? p - 2 : p - 1;
        break;
      }
      if (!possessive && p - 2 >= first && w.equals("American") && k.namesNoOneState(tokens, p - 2) && country.isEmpty()) {
        stateless = true;
        start = p - 2;
        break;
      }
      var countryMatch = k.countryRefs().longestEndingAt(window, refEnd, 4, Token::word);
      if (countryMatch.isPresent() && country.isEmpty()
          && tokens.get(first + countryMatch.get().start()).isCapitalised()) {
        int refStart = first + countryMatch.get().start();
        // "ethnic Albanian guerrillas" names an ethnicity, not a state: read on for one that is
        // named ("Serbia's ethnic Hungarian minority"), else leave the country to context.
        if (refStart > first && isEthnic(tokens.get(refStart - 1))) {
          p = refStart - 1;
          start = p;
          continue;
        }
        String named = countryMatch.get().values().get(0).country().iso3();
        // "Northern Ireland's first minister": a place whose name holds a country's is that place,
        // in its own country.
        var place = k.places().longestEndingAt(window, refEnd, 4, Token::word)
            .filter(m -> m.start() < countryMatch.get().start());
        p = first + place.map(m -> m.start()).orElse(countryMatch.get().start());
        country = place.flatMap(m -> Knowledge.bestCountry(m.values())).or(() -> Optional.of(named));
        start = p;
        continue;
      }
      // "a Nairobi-based rights group", "the Lima-based institute": where a body is based.
      if (country.isEmpty() && p - 3 >= first && tokens.get(p - 1).word().equalsIgnoreCase("based")
          && tokens.get(p - 2).word().equals("-")) {
        int placeEnd = local - 2;
        var state = k.countryRefs().longestEndingAt(window, placeEnd, 4, Token::word);
        var place = k.places().longestEndingAt(window, placeEnd, 4, Token::word);
        Optional<String> where = state.map(m -> m.values().get(0).country().iso3())
            .or(() -> place.flatMap(m -> Knowledge.bestCountry(m.values())));
        int placeStart = first + state.map(m -> m.start()).or(() -> place.map(m -> m.start())).orElse(placeEnd - 1);
        if (where.isPresent() && tokens.get(placeStart).isCapitalised()) {
          country = where;
          based = true;
          p = placeStart;
          start = p;
          continue;
        }
      }
      // "Florida Rep.", "Kandahar police chief": a place named before a title is where the
      // office is, in that place's country.
      if (role.isPresent() && country.isEmpty()) {
        var place = k.places().longestEndingAt(window, refEnd, 4, Token::word)
            .filter(m -> tokens.get(first + m.start()).isCapitalised()
                && tokens.get(first + m.start()).ner().equals("LOCATION"));
        if (place.isPresent()) {
          country = Knowledge.bestCountry(place.get().values());
          p = first + place.get().start();
          start = p;
          continue;
        }
      }
      if (allowRole && role.isEmpty()) {
        var roleMatch = k.roles().longestEndingAt(window, local, MAX_ROLE_WORDS, Token::word);
        // "Labour Party leader": the organisation's name takes the word the longer role shares
        // with it ("party leader"), and the role keeps the rest.
        if (roleMatch.isPresent() && roleMatch.get().end() - roleMatch.get().start() > 1) {
          int roleStart = roleMatch.get().start();
          int shared = roleStart + 1;
          int from = first;
          var named = k.organizations().longestEndingAt(window, shared, MAX_ROLE_WORDS, Token::word)
              .filter(m -> tokens.get(from + m.start()).isCapitalised() && m.start() < roleStart);
          var rest = k.roles().longestEndingAt(window, local, local - shared, Token::word);
          if (named.isPresent() && rest.isPresent()) {
            roleMatch = rest;
          }
        }
        if (roleMatch.isPresent()) {
          role = Optional.of(roleMatch.get().values().get(0));
          int rs = first + roleMatch.get().start();
          roleText = Optional.of(doc.span(tokens.get(rs).start(), tokens.get(p - 1).end()));
          p = rs;
          start = p;
          continue;
        }
      }
      Token t = tokens.get(p - 1);
      String lower = t.word().toLowerCase(Locale.ROOT);
      if (DETERMINERS.contains(lower) || t.pos().equals("CD")) {
        det = Optional.of(lower);
        break;
      }
      boolean participle = t.pos().equals("VBG") || t.pos().equals("VBN");
      if (isModifier(t) && (!participle || p - 1 == first || opensNounPhrase(tokens.get(p - 2)))) {
        opposition |= lower.equals("opposition");
        former |= lower.equals("former") || lower.equals("ex");
        p--;
        start = p;
        continue;
      }
      break;
    }
    return new LeftContext(start, role, roleText, country, org, det, opposition, former, based, stateless);
  }

  /** "ethnic" or "ethnically" before a nationality word. */
  static boolean isEthnic(Token t) {
    return t.word().equalsIgnoreCase("ethnic") || t.word().equalsIgnoreCase("ethnically");
  }

  /**
   * Whether a participle after this token is inside a noun phrase ("the acting president", "Chile's
   * visiting king", "the detained reporters") rather than a verb of the clause ("accused of arming
   * rebels", "had killed farmers").
   */
  private static boolean opensNounPhrase(Token before) {
    return Set.of("DT", "POS", "PRP$").contains(before.pos()) || before.pos().startsWith("JJ")
        || before.isCapitalised() && before.isProperNoun();
  }

  /** Adjectives and noun modifiers that may stand between a determiner and a head. */
  private static boolean isModifier(Token t) {
    if (t.ner().equals("PERSON")) {
      return false;
    }
    String pos = t.pos();
    if (t.isCapitalised() && pos.startsWith("NNP")) {
      return false;
    }
    // "visiting", "acting", "outgoing": participles are as much a title's modifiers as adjectives.
    return pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("VBG") || pos.equals("HYPH")
        || (pos.startsWith("NN") && !t.isCapitalised() && !t.word().endsWith("s"))
        || t.word().equalsIgnoreCase("opposition");
  }
}
