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
 * "The head of the Red Cross, Ana Ruiz, said ...", "A spokesman for the Chilean navy, Luis Soto,
 * denied ...", "Peru's army spokesman, Luis Soto, said": a description that opens the sentence and is set off before a name in commas says
 * who that person is. The parser often hangs the name on the body instead, so this is read from
 * the words.
 *
 * @param start the description's first token (its determiner)
 * @param roleEnd the index after the role noun ("head", "spokesman")
 * @param role the office the role noun names
 * @param roleText the role noun's words
 * @param belonging whose the office is, from the words after the role noun
 */
record LeadingDescription(int start, int roleEnd, Role role, String roleText, Affiliations.Belonging belonging) {
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
  /** Adjectives allowed between the determiner and the role noun: "the chief spokesman". */
  private static final int MAX_MODIFIERS = 2;

  /**
   * The description before the name at tokens {@code nameStart..end}, if the name stands between
   * commas right after a description that opens its sentence and says whose office it is.
   */
  static Optional<LeadingDescription> before(ParsedDocument doc, Knowledge k, Affiliations affiliations,
      int nameStart, int end) {
    List<Token> tokens = doc.tokens();
    int first = doc.sentenceOf(tokens.get(nameStart)).first();
    if (nameStart - first < 3 || !tokens.get(nameStart - 1).word().equals(",")
        || end >= tokens.size() || !tokens.get(end).word().equals(",")) {
      return Optional.empty();
    }
    // "Chad's army spokesman, X,", "The Kenyan foreign minister, X,": the words before the comma
    // read as a title are the whole description.
    LeftContext left = LeftContext.read(doc, k, nameStart - 1, true);
    boolean whole = left.start() == first || left.start() == first + 1 && left.determiner().isPresent();
    if (whole && left.role().filter(r -> r.kind() == Role.Kind.PERSON).isPresent()
        && (left.country().isPresent() || left.organization().isPresent())) {
      Optional<String> country = left.country().or(() -> left.organization().flatMap(KnownOrganization::country));
      return Optional.of(new LeadingDescription(first, nameStart - 1, left.role().get(),
          left.roleText().orElse(left.role().get().phrase()),
          new Affiliations.Belonging(country, left.organization(), Optional.empty())));
    }
    if (!DETERMINERS.contains(tokens.get(first).word().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    for (int at = first + 1; at <= first + 1 + MAX_MODIFIERS && at < nameStart - 1; at++) {
      var match = k.roles().longestAt(tokens.subList(0, nameStart - 1), at, Token::word);
      if (match.isPresent() && match.get().values().get(0).kind() == Role.Kind.PERSON) {
        int roleEnd = match.get().end();
        Affiliations.Belonging belonging = affiliations.belongingAfter(roleEnd);
        if (belonging.country().isEmpty() && belonging.body().isEmpty() && belonging.sector().isEmpty()
            || !reachesComma(tokens, roleEnd, nameStart - 1)) {
          return Optional.empty();
        }
        String text = doc.span(tokens.get(at).start(), tokens.get(roleEnd - 1).end());
        return Optional.of(new LeadingDescription(first, roleEnd, match.get().values().get(0), text, belonging));
      }
      if (!tokens.get(at).pos().startsWith("JJ")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Whether the words from {@code from} to the comma at {@code comma} are a phrase with no verb or break. */
  private static boolean reachesComma(List<Token> tokens, int from, int comma) {
    for (int j = from; j < comma; j++) {
      Token t = tokens.get(j);
      if (t.isVerb() && !t.pos().equals("VBN") || Set.of(",", ";", "(").contains(t.word())) {
        return false;
      }
    }
    return true;
  }

  Optional<KnownOrganization> body() {
    return belonging.body();
  }
}
