package org.parley.extract.dictionary;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.core.record.Place;
import org.parley.core.record.PlaceKind;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.Token;

/**
 * The country a story is mostly about: the one named most often, by name, demonym, capital or a
 * place inside it, or by a known office holder of it on the story's date ("Petro asked Congress"), the
 * dateline's country counting double. Groups and institutions named without a
 * country ("protesters", "the government") belong to it unless the sentence says otherwise.
 */
public final class MainCountry {
  private MainCountry() {}

  public static Optional<String> of(
      Knowledge knowledge, ParsedDocument doc, Optional<String> datelineCountry, List<Place> places) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    datelineCountry.ifPresent(h -> counts.merge(h, 2, Integer::sum));
    for (Place place : places) {
      // Names that refer to a country (its name, a capital) are counted below, once.
      if (place.kind() != PlaceKind.COUNTRY && knowledge.countryRefs().get(place.name()).isEmpty()) {
        place.country().ifPresent(c -> counts.merge(c, place.mentions().size(), Integer::sum));
      }
    }
    countInText(knowledge, doc.tokens(), Optional.of(doc.date()), counts);
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  /** The states the words of a text name (a name, an adjective, a capital), each with how often, in order of first mention. */
  public static Map<String, Integer> namedInText(Knowledge knowledge, List<Token> tokens) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    countInText(knowledge, tokens, Optional.empty(), counts);
    return counts;
  }

  /** As {@link #namedInText}, and, given a date, the states whose office holders on it are named. */
  private static void countInText(Knowledge knowledge, List<Token> tokens, Optional<LocalDate> date,
      Map<String, Integer> counts) {
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).isCapitalised()) {
        continue;
      }
      if (date.isPresent() && tokens.get(i).ner().equals("PERSON")) {
        var person = knowledge.people().longestAt(tokens, i, Token::word);
        if (person.isPresent()) {
          String name = String.join(" ", tokens.subList(i, person.get().end()).stream().map(Token::word).toList());
          knowledge.personOn(name, date.get()).flatMap(KnownPerson::country)
              .ifPresent(iso3 -> counts.merge(iso3, 1, Integer::sum));
          i = person.get().end() - 1;
          continue;
        }
      }
      var m = knowledge.countryRefs().longestAt(tokens, i, Token::word);
      // "Senator Ann Israel", "Chad Miller" are people; "Northern Ireland" is a place of another country.
      if (m.isPresent() && (tokens.get(i).ner().equals("PERSON") || knowledge.insidePlaceName(tokens, i, m.get().end()))) {
        i = m.get().end() - 1;
        continue;
      }
      if (m.isPresent()) {
        counts.merge(m.get().values().get(0).country().iso3(), 1, Integer::sum);
        i = m.get().end() - 1;
      }
    }
  }
}
