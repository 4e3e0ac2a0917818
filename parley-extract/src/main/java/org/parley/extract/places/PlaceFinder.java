package org.parley.extract.places;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.core.record.Mention;
import org.parley.core.record.Place;
import org.parley.core.record.PlaceKind;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.Token;
import org.parley.extract.dictionary.CountryRef;
import org.parley.extract.dictionary.GazetteerEntry;
import org.parley.extract.dictionary.Knowledge;

/**
 * Finds places — countries, capitals, cities, regions, seas — and geocodes them from the bundled
 * gazetteer, preferring what the context says ("the Indonesian island of Bali") and, in
 * foreign-affairs text, capitals ("Washington" the city, not the state).
 */
public final class PlaceFinder {
  private static final Set<String> LOCATIVE = Set.of("in", "at", "to", "from", "near", "outside", "into", "across", "around", "via");
  private static final Set<String> WATER_WORDS = Set.of("sea", "ocean", "gulf", "strait", "river", "lake", "bay", "channel");
  private static final long BARE_CITY_MIN_POPULATION = 100_000;

  private final Knowledge knowledge;

  public PlaceFinder(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** Places named in {@code doc}; the dateline place, if any, is added even without a mention. */
  public List<Place> find(ParsedDocument doc, Optional<String> datelinePlace) {
    List<Token> tokens = doc.tokens();
    Map<String, Builder> places = new LinkedHashMap<>();
    Set<String> contextCountries = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      var m = knowledge.countryRefs().longestAt(tokens, i, Token::word);
      if (m.isPresent() && tokens.get(i).isCapitalised()) {
        contextCountries.add(m.get().values().get(0).country().iso3());
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.isCapitalised() || t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION")) {
        continue;
      }
      int end = locationEnd(tokens, i);
      // "Sea of Japan", "Gulf of Aden", "Bay of Bengal": a water body named after a land.
      if (WATER_WORDS.contains(t.word().toLowerCase(Locale.ROOT)) && i + 2 < tokens.size()
          && tokens.get(i + 1).word().equals("of") && tokens.get(i + 2).isCapitalised()) {
        int waterEnd = i + 3;
        while (waterEnd < tokens.size() && tokens.get(waterEnd).isCapitalised() && tokens.get(waterEnd).isProperNoun()) {
          waterEnd++;
        }
        add(places, doc.span(t.start(), tokens.get(waterEnd - 1).end()), PlaceKind.WATER, Optional.empty(), Optional.empty(), doc, i, waterEnd);
        i = waterEnd - 1;
        continue;
      }
      if (end > i) {
        String name = doc.span(t.start(), tokens.get(end - 1).end());
        if (isWater(name)) {
          add(places, name, PlaceKind.WATER, Optional.empty(), Optional.empty(), doc, i, end);
          i = end - 1;
          continue;
        }
      }
      var ref = knowledge.countryRefs().longestAt(tokens, i, Token::word)
          .filter(m -> m.values().get(0).form() != CountryRef.Form.ADJECTIVE);
      if (ref.isPresent() && (end <= ref.get().end())) {
        CountryRef r = ref.get().values().get(0);
        if (r.form() == CountryRef.Form.NAME) {
          var c = r.country();
          add(places, c.name(), PlaceKind.COUNTRY, Optional.of(c.iso3()), Optional.of(new double[] {c.lat(), c.lon()}), doc, i, ref.get().end());
        } else {
          var capital = Knowledge.ranked(knowledge.places().get(r.country().capital().orElse(""))).stream()
              .filter(e -> e.iso3().equals(r.country().iso3())).findFirst();
          String name = r.country().capital().orElse(doc.span(t.start(), tokens.get(ref.get().end() - 1).end()));
          add(places, name, PlaceKind.CITY, Optional.of(r.country().iso3()),
              capital.map(e -> new double[] {e.lat(), e.lon()}), doc, i, ref.get().end());
        }
        i = ref.get().end() - 1;
        continue;
      }
      int gazEnd = end > i ? end : i + 1;
      var candidates = knowledge.places().longestAt(tokens.subList(0, gazEnd), i, Token::word);
      boolean located = end > i || (i > 0 && LOCATIVE.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT)));
      if (candidates.isEmpty() || !located || Knowledge.startsALongerName(tokens, candidates.get().end())) {
        if (end > i && t.ner().equals("LOCATION")) {
          i = end - 1;
        }
        continue;
      }
      // "North Africa", "Central Asia": a province the gazetteer knows by a word of direction is not
      // the place a longer name beginning with that word means.
      int after = candidates.get().end();
      if (after == i + 1 && after < tokens.size() && tokens.get(after).isCapitalised()
          && tokens.get(after).sentence() == t.sentence() && knowledge.isA(t.word().toLowerCase(Locale.ROOT), "compass")) {
        continue;
      }
      // "Eastern Ukraine", "Northern Mali": a region word before a country is part of that country's
      // name here, not the province the gazetteer also knows by it.
      int matchEnd = candidates.get().end();
      if (matchEnd < end && knowledge.countryRefs().longestAt(tokens, matchEnd, Token::word)
          .filter(m -> m.values().get(0).form() == CountryRef.Form.NAME).isPresent()) {
        continue;
      }
      Optional<String> stated = statedCountry(tokens, i);
      var best = choose(candidates.get().values(), stated, contextCountries, end > i);
      if (best.isPresent()) {
        var e = best.get();
        add(places, e.name(), e.kind(), Optional.of(e.iso3()), Optional.of(new double[] {e.lat(), e.lon()}), doc, i, candidates.get().end());
        i = candidates.get().end() - 1;
      }
    }
    datelinePlace.ifPresent(p -> {
      boolean known = places.values().stream().anyMatch(b -> b.name.equalsIgnoreCase(p));
      if (!known) {
        var best = choose(knowledge.places().get(p), Optional.empty(), contextCountries, true);
        best.ifPresent(e -> places.put(e.name() + "|" + e.iso3(),
            new Builder(e.name(), e.kind(), Optional.of(e.iso3()), Optional.of(new double[] {e.lat(), e.lon()}))));
      }
    });
    List<Place> out = new ArrayList<>();
    for (Builder b : places.values()) {
      out.add(b.build());
    }
    return out;
  }

  /** The end of a LOCATION entity run starting at {@code i}, or {@code i} when there is none. */
  private static int locationEnd(List<Token> tokens, int i) {
    if (!tokens.get(i).ner().equals("LOCATION") || (i > 0 && tokens.get(i - 1).ner().equals("LOCATION"))) {
      return i;
    }
    int end = i;
    while (end < tokens.size() && tokens.get(end).ner().equals("LOCATION") && tokens.get(end).sentence() == tokens.get(i).sentence()) {
      end++;
    }
    return end;
  }

  private static boolean isWater(String name) {
    for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (WATER_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** "the Indonesian island of Bali", "Kigali, Rwanda": the country the text states for a place. */
  private Optional<String> statedCountry(List<Token> tokens, int i) {
    int from = Math.max(0, i - 5);
    for (int k = i - 1; k >= from; k--) {
      var m = knowledge.countryRefs().longestAt(tokens, k, Token::word);
      if (m.isPresent() && m.get().end() <= i) {
        return Optional.of(m.get().values().get(0).country().iso3());
      }
    }
    return Optional.empty();
  }

  private Optional<GazetteerEntry> choose(List<GazetteerEntry> candidates, Optional<String> stated, Set<String> context, boolean entity) {
    var ranked = Knowledge.ranked(candidates);
    if (stated.isPresent()) {
      var inStated = ranked.stream().filter(e -> e.iso3().equals(stated.get())).findFirst();
      if (inStated.isPresent()) {
        return inStated;
      }
    }
    var capital = ranked.stream().filter(GazetteerEntry::isCapital).findFirst();
    if (capital.isPresent()) {
      return capital;
    }
    var inContext = ranked.stream().filter(e -> context.contains(e.iso3())).findFirst();
    if (inContext.isPresent()) {
      return inContext;
    }
    return ranked.stream().filter(e -> entity || e.population() >= BARE_CITY_MIN_POPULATION).findFirst();
  }

  private static void add(Map<String, Builder> places, String name, PlaceKind kind, Optional<String> country,
      Optional<double[]> point, ParsedDocument doc, int from, int to) {
    var tokens = doc.tokens();
    var mention = new Mention(tokens.get(from).start(), tokens.get(to - 1).end(),
        doc.span(tokens.get(from).start(), tokens.get(to - 1).end()));
    places.computeIfAbsent(name + "|" + country.orElse(""), k -> new Builder(name, kind, country, point)).mentions.add(mention);
  }

  private static final class Builder {
    final String name;
    final PlaceKind kind;
    final Optional<String> country;
    final Optional<double[]> point;
    final List<Mention> mentions = new ArrayList<>();

    Builder(String name, PlaceKind kind, Optional<String> country, Optional<double[]> point) {
      this.name = name;
      this.kind = kind;
      this.country = country;
      this.point = point;
    }

    Place build() {
      return new Place(name, kind, country, point.map(p -> round(p[0])), point.map(p -> round(p[1])), mentions);
    }

    private static double round(double v) {
      return Math.round(v * 1e4) / 1e4;
    }
  }
}
