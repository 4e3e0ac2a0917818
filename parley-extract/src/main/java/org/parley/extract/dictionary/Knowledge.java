package org.parley.extract.dictionary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.core.record.PlaceKind;
import org.parley.core.text.Token;

/**
 * Everything Parley knows about the world, loaded once from its data files (plus a user's
 * {@code --dictionary} folder) and shared read-only by all threads.
 */
public final class Knowledge {
  /** A middle initial between two names: " D. ", " Q ". */
  private static final java.util.regex.Pattern MIDDLE_INITIAL = java.util.regex.Pattern.compile(" \\p{Lu}\\.? ");
  private final Map<String, Country> countries = new HashMap<>();
  private final Map<String, String> firstNames = new HashMap<>();
  private final PhraseIndex<CountryRef> countryRefs = new PhraseIndex<>();
  private final PhraseIndex<Role> roles = new PhraseIndex<>();
  private final PhraseIndex<KnownOrganization> organizations = new PhraseIndex<>();
  private final PhraseIndex<KnownPerson> people = new PhraseIndex<>();
  private final Map<String, List<KnownPerson>> offices = new HashMap<>();
  /** A party's periods in government. */
  private final Map<String, List<Period>> partyTerms = new HashMap<>();
  private final Map<String, java.util.Set<String>> wordClasses = new HashMap<>();
  private final PhraseIndex<GazetteerEntry> places = new PhraseIndex<>();
  private final java.util.Set<String> domesticSectors = new java.util.HashSet<>();
  private final java.util.Set<String> placeSectors = new java.util.HashSet<>();
  private final java.util.Set<String> armedSectors = new java.util.HashSet<>();
  private final Map<String, String> followerSectors = new HashMap<>();

  private Knowledge() {}

  /** Loads the bundled data; files of the same name in {@code userDir} add entries. */
  public static Knowledge load(Optional<Path> userDir) {
    var k = new Knowledge();
    k.loadCountries(TsvTable.resource("countries.tsv").withOverrides(userDir, "countries.tsv"));
    k.loadMetonyms(TsvTable.resource("metonyms.tsv").withOverrides(userDir, "metonyms.tsv"));
    for (var row : TsvTable.resource("first-names.tsv").withOverrides(userDir, "first-names.tsv").rows()) {
      k.firstNames.put(row.require("name").toLowerCase(java.util.Locale.ROOT), row.require("gender"));
    }
    // Parley's own files come first, so that their entry is the one found where a converted
    // dictionary (tools/data/build-petrarch-actors.py) knows the same phrase.
    for (var table : List.of(TsvTable.resource("roles.tsv").withOverrides(userDir, "roles.tsv"),
        TsvTable.resource("agents.tsv.gz"))) {
      for (var row : table.rows()) {
        var role = new Role(row.require("phrase"), row.require("sector"), Role.Kind.valueOf(row.require("kind")));
        k.roles.add(role.phrase(), role);
      }
    }
    for (var table : List.of(TsvTable.resource("organizations.tsv").withOverrides(userDir, "organizations.tsv"),
        TsvTable.resource("petrarch-organizations.tsv.gz"))) {
      for (var row : table.rows()) {
        var org = new KnownOrganization(row.require("name"), row.list("aliases"), row.get("country"), row.require("sector"),
            row.get("cameo"));
        k.organizations.add(org.name(), org);
        org.aliases().forEach(a -> k.organizations.add(a, org));
      }
    }
    for (var row : TsvTable.resource("party-terms.tsv").withOverrides(userDir, "party-terms.tsv").rows()) {
      String name = row.require("name");
      // A body organizations.tsv already lists (an armed movement that took power) keeps its entry.
      if (!k.partyTerms.containsKey(name) && k.organizations.get(name).isEmpty()) {
        var party = new KnownOrganization(name, row.list("aliases"), row.get("country"), "PTY", Optional.empty());
        k.organizations.add(name, party);
        party.aliases().forEach(a -> k.organizations.add(a, party));
      }
      k.partyTerms.computeIfAbsent(name, n -> new ArrayList<>())
          .add(new Period(LocalDate.parse(row.require("from")), row.get("to").map(LocalDate::parse)));
    }
    var people = new ArrayList<>(TsvTable.resource("people.tsv").withOverrides(userDir, "people.tsv").rows());
    people.addAll(TsvTable.resource("petrarch-people.tsv.gz").rows());
    for (var row : people) {
      var person =
          new KnownPerson(
              row.require("name"),
              row.list("aliases"),
              row.get("country"),
              row.require("sector"),
              row.require("role"),
              LocalDate.parse(row.require("from")),
              row.get("to").map(LocalDate::parse),
              row.get("cameo"));
      k.people.add(person.name(), person);
      person.aliases().forEach(a -> k.people.add(a, person));
      person.country().ifPresent(c -> k.offices
          .computeIfAbsent(c + "/" + person.role().toLowerCase(java.util.Locale.ROOT), x -> new ArrayList<>())
          .add(person));
    }
    for (var row : TsvTable.resource("gazetteer.tsv.gz").withOverrides(userDir, "gazetteer.tsv").rows()) {
      var entry =
          new GazetteerEntry(
              row.require("name"),
              PlaceKind.valueOf(row.require("kind")),
              row.require("iso3"),
              Double.parseDouble(row.require("lat")),
              Double.parseDouble(row.require("lon")),
              Long.parseLong(row.get("population").orElse("0")),
              row.get("feature").orElse(""));
      k.places.add(entry.name(), entry);
      // News written without accents: "Bogota", "Sao Paulo".
      String plain = java.text.Normalizer.normalize(entry.name(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
      if (!plain.equals(entry.name())) {
        k.places.add(plain, entry);
      }
    }
    k.addCapitalsToGazetteer();
    for (var row : TsvTable.resource("word-classes.tsv").withOverrides(userDir, "word-classes.tsv").rows()) {
      k.wordClasses.computeIfAbsent(row.require("class"), c -> new java.util.HashSet<>())
          .add(row.require("word").toLowerCase(java.util.Locale.ROOT));
    }
    for (var row : TsvTable.resource("sectors.tsv").withOverrides(userDir, "sectors.tsv").rows()) {
      if (row.require("domestic").equals("1")) {
        k.domesticSectors.add(row.require("code"));
      }
      if (row.get("place").orElse("0").equals("1")) {
        k.placeSectors.add(row.require("code"));
      }
      if (row.get("armed").orElse("0").equals("1")) {
        k.armedSectors.add(row.require("code"));
      }
      row.get("followers").ifPresent(side -> k.followerSectors.put(row.require("code"), side));
    }
    return k;
  }

  private void loadCountries(TsvTable table) {
    // UN members first, so that a demonym shared with a territory ("French") names the state.
    var rows = new ArrayList<>(table.rows());
    rows.sort(Comparator.comparing((TsvTable.Row r) -> !r.get("un_member").orElse("0").equals("1")));
    for (var row : rows) {
      var capital = row.list("capital").stream().findFirst().map(Knowledge::plainCapital);
      var country =
          new Country(
              row.require("iso3"),
              row.require("name"),
              capital,
              Double.parseDouble(row.require("lat")),
              Double.parseDouble(row.require("lon")));
      countries.put(country.iso3(), country);
      countryRefs.add(country.name(), new CountryRef(country, CountryRef.Form.NAME));
      row.list("aliases").forEach(a -> countryRefs.add(a, new CountryRef(country, CountryRef.Form.NAME)));
      row.list("demonyms").forEach(d -> countryRefs.add(d, new CountryRef(country, CountryRef.Form.ADJECTIVE)));
      capital.ifPresent(c -> countryRefs.add(c, new CountryRef(country, CountryRef.Form.CAPITAL)));
    }
  }

  /** "Washington D.C." is called "Washington" in running text. */
  private static String plainCapital(String capital) {
    return capital.replaceAll(",? D\\.C\\.$", "");
  }

  private void loadMetonyms(TsvTable table) {
    for (var row : table.rows()) {
      var country = countries.get(row.require("iso3"));
      if (country == null) {
        throw new org.parley.core.error.BadInputException(
            row.source() + " line " + row.line() + ": unknown country code " + row.require("iso3"));
      }
      var form = row.require("kind").equals("ADJ") ? CountryRef.Form.ADJECTIVE : CountryRef.Form.NAME;
      // Parley's own choice wins where the countries file gives a name to another state too ("Congo").
      countryRefs.addFirst(row.require("phrase"), new CountryRef(country, form));
    }
  }

  private void addCapitalsToGazetteer() {
    for (Country c : countries.values()) {
      c.capital().ifPresent(cap -> {
        boolean known = places.get(cap).stream().anyMatch(e -> e.iso3().equals(c.iso3()) && e.isCapital());
        if (!known) {
          var best = places.get(cap + ", D.C.").stream().filter(e -> e.iso3().equals(c.iso3())).findFirst()
              .or(() -> ranked(places.get(cap)).stream().filter(e -> e.iso3().equals(c.iso3()) && e.kind() == PlaceKind.CITY).findFirst());
          places.add(cap, best.map(e -> new GazetteerEntry(cap, PlaceKind.CITY, c.iso3(), e.lat(), e.lon(), e.population(), "PPLC"))
              .orElse(new GazetteerEntry(cap, PlaceKind.CITY, c.iso3(), c.lat(), c.lon(), 0, "PPLC")));
        }
      });
    }
  }

  /**
   * Whether a group of this sector takes the country of the place where the text says it acts
   * ("students marched in Tbilisi"); refugees, international bodies and companies do not.
   */
  public boolean takesPlaceCountry(String sector) {
    return placeSectors.contains(sector);
  }

  /**
   * Whether an actor of this sector belongs to a state, so that one named without a country takes
   * the country of its context (sectors.tsv).
   */
  public boolean isDomestic(String sector) {
    return domesticSectors.contains(sector);
  }

  /** The sector of those who follow someone of this sector: "supporters of the opposition leader" (sectors.tsv). */
  public String followersOf(String sector) {
    return followerSectors.getOrDefault(sector, "CVL");
  }

  /** Whether actors of this sector bear arms or command those who do (sectors.tsv). */
  public boolean isArmed(String sector) {
    return armedSectors.contains(sector);
  }

  public Optional<Country> country(String iso3) {
    return Optional.ofNullable(countries.get(iso3));
  }

  public PhraseIndex<CountryRef> countryRefs() {
    return countryRefs;
  }

  /** "m" or "f" for a first name that usually marks one gender (first-names.tsv). */
  public Optional<String> genderOfFirstName(String name) {
    return Optional.ofNullable(firstNames.get(name.toLowerCase(java.util.Locale.ROOT)));
  }

  public PhraseIndex<Role> roles() {
    return roles;
  }

  public PhraseIndex<KnownOrganization> organizations() {
    return organizations;
  }

  public PhraseIndex<KnownPerson> people() {
    return people;
  }

  public PhraseIndex<GazetteerEntry> places() {
    return places;
  }

  /** The post a known person held on {@code date}, if the name is known and a post covers it. */
  /** Whether a lower-case word belongs to a class of word-classes.tsv ("link", "state", "part", "wish"). */
  public boolean isA(String word, String wordClass) {
    return wordClasses.getOrDefault(wordClass, java.util.Set.of()).contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * A listed body's side of power on a date (party-terms.tsv): government within one of its
   * periods; outside them a party is the opposition and any other body keeps its own sector (an
   * armed movement out of power is again rebels). Empty for a body the table does not list.
   */
  public Optional<String> partySectorOn(KnownOrganization party, LocalDate date) {
    List<Period> terms = partyTerms.getOrDefault(party.name(), List.of());
    if (terms.isEmpty()) {
      return Optional.empty();
    }
    if (terms.stream().anyMatch(t -> t.covers(date))) {
      return Optional.of("GOV");
    }
    return Optional.of(party.sector().equals("PTY") ? "OPP" : party.sector());
  }

  /** A body's sector on a date: its side of power if party-terms.tsv lists it, else its own sector. */
  public String sectorOn(KnownOrganization body, LocalDate date) {
    return partySectorOn(body, date).orElse(body.sector());
  }

  /** Whether a title's last word only ties its holder to a body ("party leader", "army spokesman"). */
  public boolean linkTitle(String title) {
    String[] words = title.toLowerCase(java.util.Locale.ROOT).split(" ");
    return isA(words[words.length - 1], "link");
  }

  /** Who held a country's office on a date: "the Kenyan president" in a story of that day. */
  public Optional<KnownPerson> officeHolder(String iso3, String title, LocalDate date) {
    return offices.getOrDefault(iso3 + "/" + title.toLowerCase(java.util.Locale.ROOT), List.of()).stream()
        .filter(p -> p.heldOn(date)).findFirst();
  }

  /** The latest post a known person had left before a date: who is now a former office holder. */
  public Optional<KnownPerson> lastPostBefore(String name, LocalDate date) {
    return posts(name).stream().filter(p -> p.to().filter(date::isAfter).isPresent())
        .max(Comparator.comparing(p -> p.to().orElseThrow()));
  }

  /** A post of this sector the dictionary gives the name, at any date. */
  public Optional<KnownPerson> postOfSector(String name, String sector) {
    return posts(name).stream().filter(p -> p.sector().equals(sector)).findFirst();
  }

  public Optional<KnownPerson> personOn(String name, LocalDate date) {
    return posts(name).stream().filter(p -> p.heldOn(date)).findFirst();
  }

  /** A person's dated posts, by the name as written or without its middle initials ("John Q. Public"). */
  private List<KnownPerson> posts(String name) {
    List<KnownPerson> exact = people.get(name);
    if (!exact.isEmpty()) {
      return exact;
    }
    String plain = MIDDLE_INITIAL.matcher(name).replaceAll(" ");
    return plain.equals(name) ? exact : people.get(plain);
  }

  /**
   * "the choir leader", "a team captain": whether the word for leading at {@code head} follows a
   * noun that names no side, so that it leads that noun's group, not a government.
   */
  public boolean leadsAnotherGroup(List<Token> tokens, int head) {
    return isA(tokens.get(head).lemma(), "leading") && commonNounBefore(tokens, head)
        .filter(before -> roles.get(before.word()).isEmpty() && roles.get(before.lemma()).isEmpty()).isPresent();
  }

  /** The lower-case common noun right before {@code head} in its sentence ("choir" in "choir leader"). */
  private static Optional<Token> commonNounBefore(List<Token> tokens, int head) {
    if (head == 0 || tokens.get(head - 1).sentence() != tokens.get(head).sentence()) {
      return Optional.empty();
    }
    Token before = tokens.get(head - 1);
    return before.pos().startsWith("NN") && !before.isCapitalised() ? Optional.of(before) : Optional.empty();
  }

  /**
   * "foreign governments", "Western diplomats", "Arab ministers", "Latin American leaders": whether
   * the word at {@code index} says that a group is of many states or of another one than the story's
   * (word class {@code stateless}), so that no state is its own. A compass word before "American"
   * names a continent's people as "Latin" does.
   */
  public boolean namesNoOneState(List<Token> tokens, int index) {
    Token t = tokens.get(index);
    String word = t.word().toLowerCase(java.util.Locale.ROOT);
    if (isA(word, "stateless")) {
      // "Vice Foreign Minister", "the foreign ministry": the word begins a title, not a group.
      return roles.longestAt(tokens, index, tk -> tk.word().toLowerCase(java.util.Locale.ROOT))
          .filter(m -> m.end() - m.start() > 1).isEmpty();
    }
    return t.isCapitalised() && isA(word, "compass") && index + 1 < tokens.size()
        && tokens.get(index + 1).word().equals("American");
  }

  /**
   * "Lake Victoria", "Mount Lebanon", "Cape Verde Basin": whether the name starting at {@code start}
   * follows a word for a lake, a mountain or another feature (word class {@code feature}), so that
   * it names that feature, not the capital or the state spelled the same.
   */
  public boolean namesAFeature(List<Token> tokens, int start) {
    if (start == 0 || tokens.get(start - 1).sentence() != tokens.get(start).sentence()) {
      return false;
    }
    Token before = tokens.get(start - 1);
    return before.isCapitalised() && isA(before.word().toLowerCase(java.util.Locale.ROOT), "feature");
  }

  /**
   * "gang leaders", "a militia commander", "an army spokesman": the sector of the role noun that a
   * word for leading, commanding or speaking for a body (word class link) follows, when that is
   * not a government's; the person is of that group's side.
   */
  public Optional<String> ledGroupSector(List<Token> tokens, int head) {
    String lemma = tokens.get(head).lemma();
    if (!isA(lemma, "leading") && !isA(lemma, "commanding") && !isA(lemma, "link")) {
      return Optional.empty();
    }
    return commonNounBefore(tokens, head).flatMap(before -> java.util.stream.Stream.concat(
            roles.get(before.word()).stream(), roles.get(before.lemma()).stream())
        .map(Role::sector).filter(sector -> !sector.equals("GOV")).findFirst());
  }

  /**
   * Whether tokens {@code start..end} (a country's name) end a longer place name that starts before
   * them in the same sentence: "Northern Ireland", "Papua New Guinea".
   */
  public boolean insidePlaceName(List<Token> tokens, int start, int end) {
    if (namesAFeature(tokens, start)) {
      return true;
    }
    for (int from = Math.max(0, start - 3); from < start; from++) {
      if (tokens.get(from).sentence() == tokens.get(start).sentence() && tokens.get(from).isCapitalised()
          && places.longestAt(tokens, from, Token::word).filter(m -> m.end() >= end).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a place name ending before token {@code end} is only the start of a longer name: "the
   * Bay of Bengal" is no Somali region called Bay, "the Gulf of Guinea" no place called Gulf.
   */
  public static boolean startsALongerName(List<Token> tokens, int end) {
    return end + 1 < tokens.size() && tokens.get(end).word().equals("of")
        && tokens.get(end + 1).isCapitalised() && tokens.get(end + 1).sentence() == tokens.get(end).sentence();
  }

  /** The country of the gazetteer's best place whose name starts at token {@code i}: "Bogota" is COL. */
  public Optional<String> placeCountryAt(List<Token> tokens, int i) {
    return places.longestAt(tokens, i, Token::word)
        .filter(m -> !startsALongerName(tokens, m.end()))
        .flatMap(m -> bestCountry(m.values()));
  }

  /** The country of the best of a place name's gazetteer candidates (see {@link #ranked}). */
  public static Optional<String> bestCountry(List<GazetteerEntry> candidates) {
    return ranked(candidates).stream().findFirst().map(GazetteerEntry::iso3);
  }

  /** Ranks gazetteer candidates: capitals first, then regions' and cities' population. */
  public static List<GazetteerEntry> ranked(List<GazetteerEntry> candidates) {
    var list = new ArrayList<>(candidates);
    list.sort(
        Comparator.comparing(GazetteerEntry::isCapital).reversed()
            .thenComparing(Comparator.comparingLong(GazetteerEntry::population).reversed()));
    return list;
  }
}
