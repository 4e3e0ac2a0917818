package org.parley.extract.actors;

import static org.parley.extract.actors.ActorWords.ANONYMOUS_DETERMINERS;
import static org.parley.extract.actors.ActorWords.PERSON_PRONOUNS;
import static org.parley.extract.actors.ActorWords.titleCase;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.core.record.ActorKind;
import org.parley.core.text.Sentence;
import org.parley.core.text.Token;
import org.parley.extract.dictionary.CountryRef;
import org.parley.extract.dictionary.KnownOrganization;
import org.parley.extract.dictionary.KnownPerson;
import org.parley.extract.dictionary.Knowledge;
import org.parley.extract.dictionary.Role;

/**
 * Stage 1: finds the mentions that name actors (people, organisations, role nouns, states,
 * nationals) with what their own words say of them: a title, a nationality, an appositive. Folds a
 * mention into an earlier draft of the same name.
 */
final class MentionRecognizer extends DocumentPass {
  private final Knowledge knowledge;

  private final Affiliations affiliations;

  MentionRecognizer(Knowledge knowledge, ActorDrafts drafts) {
    super(drafts);
    this.knowledge = knowledge;
    this.affiliations = new Affiliations(knowledge, tokens);
  }

  @Override
  void run() {
    scan();
  }

  void scan() {
    for (int i = 0; i < tokens.size(); i++) {
      if (used[i]) {
        continue;
      }
      int next = person(i);
      if (next < 0) {
        next = organization(i);
      }
      if (next < 0) {
        next = roleNoun(i);
      }
      if (next < 0) {
        next = state(i);
      }
      if (next < 0) {
        next = nationals(i);
      }
      if (next < 0) {
        next = theGroup(i);
      }
      if (next > i) {
        i = next - 1;
      }
    }
  }

  /**
   * "the group said": a description that names no sector of its own, proposed for {@link
   * BodyLinker} to join to the body named before it, and dropped if it names none.
   */
  int theGroup(int i) {
    if (i == 0 || !lower(i).equals("group") || !lower(i - 1).equals("the") || !sameSentence(i - 1, i)
        || i + 1 < tokens.size() && lower(i + 1).equals("of")) {
      return -1;
    }
    var draft = new Draft("group", ActorKind.ORGANIZATION);
    draft.tentative = true;
    draft.mention(mention(i - 1, i + 1));
    used[i - 1] = true;
    used[i] = true;
    drafts.add(draft);
    return i + 1;
  }

  // ---- people ------------------------------------------------------------------------------

  /** A PERSON entity run (or a known person's name) at {@code i}; returns the index after it. */
  int person(int i) {
    Token t = tokens.get(i);
    int end = i;
    if (t.ner().equals("PERSON") && (i == 0 || !tokens.get(i - 1).ner().equals("PERSON") || used[i - 1])) {
      while (end < tokens.size() && tokens.get(end).ner().equals("PERSON") && sameSentence(i, end)) {
        end++;
      }
      // "al-Shabaab": a known body's name the tagger took for a person's is the body.
      int run = end;
      if (knowledge.people().longestAt(tokens, i, Token::word).isEmpty() && knowledge.organizations()
          .longestAt(tokens, i, Token::word).filter(m -> m.end() >= run).isPresent()) {
        return -1;
      }
      // "Chad claimed", "Jordan denied", "Sierra Leone's government": a name that is a state's
      // name and nothing more is the state; the tagger takes such names for people.
      boolean stateName = knowledge.countryRefs().longestAt(tokens, i, Token::word)
          .filter(m -> m.end() == run)
          .filter(m -> m.values().stream().anyMatch(r -> r.form() == CountryRef.Form.NAME))
          .isPresent();
      if (stateName && LeftContext.read(doc, knowledge, i, true).role().isEmpty()) {
        return -1;
      }
    } else if (t.isCapitalised() && (t.isProperNoun() || taggedAsWordButActs(i))) {
      var known = knowledge.people().longestAt(tokens, i, Token::word);
      if (known.isEmpty() || !allCapitalised(i, known.get().end())) {
        return -1;
      }
      end = known.get().end();
    } else {
      return -1;
    }
    return personAt(i, end);
  }

  /**
   * "Boric criticised ...": a known surname the tagger read as an ordinary word (an adjective, a
   * noun) is still a name when a verb follows it directly.
   */
  boolean taggedAsWordButActs(int i) {
    return i + 1 < tokens.size() && sameSentence(i, i + 1) && tokens.get(i + 1).isVerb()
        && (tokens.get(i).pos().startsWith("JJ") || tokens.get(i).pos().startsWith("NN"));
  }

  /** Builds the person named by tokens {@code i..end}, with title, country and appositive. */
  int personAt(int i, int end) {
    // A title swallowed into the entity ("President Ruto") belongs to the title.
    int nameStart = i;
    while (nameStart < end - 1) {
      var title = knowledge.roles().longestAt(tokens, nameStart, Token::word);
      if (title.isEmpty() || title.get().end() > end - 1) {
        break;
      }
      nameStart = title.get().end();
    }
    String name = text(nameStart, end);
    if (PERSON_PRONOUNS.contains(name.toLowerCase(Locale.ROOT))) {
      return -1;
    }
    var left = LeftContext.read(doc, knowledge, nameStart, true);
    var draft = new Draft(name, ActorKind.PERSON);
    left.role().filter(r -> r.kind() == Role.Kind.PERSON).ifPresent(r -> {
      draft.role = Optional.of(titleCase(left.roleText().orElse(r.phrase())));
      // A former office holder is one of CAMEO's elites, not the office.
      draft.sector(Optional.of(left.former() ? "ELI" : left.opposition() ? "OPP" : r.sector()), "title");
      draft.sectorStated = true;
    });
    if (left.country().isPresent()) {
      draft.country(left.country(), "title");
    } else if (left.organization().flatMap(KnownOrganization::country).isPresent()) {
      draft.country(left.organization().flatMap(KnownOrganization::country), "organisation");
    } else if (left.role().isPresent()) {
      // "President Ana Ruiz of Chile": the title's country follows the name.
      draft.country(affiliations.belongingAfter(end).country(), "title");
    }
    // "Labour Party leader X": a leader, member or spokesman is on the side of the body named.
    boolean linkTitle = left.roleText().map(knowledge::linkTitle).orElse(false);
    // "UN envoy X", "EU foreign policy chief X": an office of an international body is that body's.
    boolean international = left.organization().filter(o -> o.country().isEmpty() && !knowledge.isDomestic(o.sector()))
        .isPresent() && draft.sector.equals(Optional.of("GOV"));
    if (left.organization().isPresent() && (draft.sector.isEmpty() || international || linkTitle && !left.former())) {
      KnownOrganization body = left.organization().get();
      draft.sector(Optional.of(knowledge.sectorOn(body, doc.date())), "organisation");
      draft.sectorStated = true;
      draft.body = Draft.Body.of(body);
    }
    if (left.role().isEmpty() && left.country().isEmpty() && left.organization().isEmpty()) {
      LeadingDescription.before(doc, knowledge, affiliations, nameStart, end).ifPresent(d -> describedBefore(draft, d));
    }
    int mentionStart = left.role().isPresent() || left.country().isPresent() || left.organization().isPresent()
        ? left.start() : nameStart;
    draft.mention(mention(mentionStart, end));
    for (int k = mentionStart; k < end; k++) {
      used[k] = true;
    }
    int after = appositive(draft, end);
    merge(draft);
    return Math.max(end, after);
  }

  /**
   * "The head of the Red Cross, Ana Ruiz,": the person holds the description's office, on the side
   * of the body or state it names, and the description is one of the person's mentions.
   */
  private void describedBefore(Draft person, LeadingDescription d) {
    person.role = Optional.of(titleCase(d.roleText()));
    Optional<KnownOrganization> body = d.body();
    boolean forBody = body.isPresent() && (knowledge.linkTitle(d.roleText())
        || body.get().country().isEmpty() && !knowledge.isDomestic(body.get().sector()));
    Optional<String> sector = forBody
        ? Optional.of(knowledge.sectorOn(body.get(), doc.date()))
        : d.belonging().sector().filter(sec -> knowledge.linkTitle(d.roleText()))
            .or(() -> knowledge.ledGroupSector(tokens, d.roleEnd() - 1)).or(() -> Optional.of(d.role().sector()));
    person.sector(sector, "appositive");
    person.sectorStated = true;
    if (forBody) {
      person.body = Draft.Body.of(body.get());
    }
    person.country(d.belonging().country(), "appositive");
    int from = tokens.get(d.start()).start();
    int to = tokens.get(d.roleEnd() - 1).end();
    // "A spokesman for the navy", "Chad's army spokesman" was proposed as an actor of its own; it is
    // this person.
    drafts.removeIf(other -> other != person && (other.kind == ActorKind.ANONYMOUS || other.kind == ActorKind.PERSON)
        && !other.mentions.isEmpty()
        && other.mentions.stream().allMatch(m -> m.start() >= from && m.end() <= to));
    person.mention(mention(d.start(), d.roleEnd()));
  }

  /** ", the leader of the X party," / ", an analyst at the Sahel Policy Institute (SPI),". */
  int appositive(Draft person, int end) {
    if (end >= tokens.size() || !tokens.get(end).word().equals(",") || !sameSentence(end - 1, end)) {
      return end;
    }
    Sentence s = doc.sentenceOf(tokens.get(end));
    int i = end + 1;
    if (i <= s.last() && Set.of("the", "a", "an").contains(lower(i))) {
      i++;
    } else {
      return end;
    }
    int limit = Math.min(s.last(), i + 14);
    int stop = i;
    while (stop <= limit && !Set.of(",", ";", ".", "(").contains(tokens.get(stop).word())
        && !(tokens.get(stop).isVerb() && !tokens.get(stop).pos().equals("VBN") && !tokens.get(stop).pos().equals("VBG"))) {
      stop++;
    }
    boolean opposition = false;
    Optional<Role> head = Optional.empty();
    Optional<Role> body = Optional.empty();
    Optional<String> headText = Optional.empty();
    Optional<String> country = Optional.empty();
    Optional<Draft> org = Optional.empty();
    for (int j = i; j < stop; j++) {
      opposition |= lower(j).equals("opposition");
      if (head.isEmpty() && !tokens.get(j).isCapitalised()) {
        var r = knowledge.roles().longestAt(tokens.subList(0, stop), j, Token::word);
        if (r.isPresent() && r.get().values().get(0).kind() != Role.Kind.BODY
            && !(r.get().end() < stop && (tokens.get(r.get().end()).isNoun()))) {
          head = Optional.of(r.get().values().get(0));
          headText = Optional.of(text(j, r.get().end()));
        }
      }
      if (country.isEmpty() && tokens.get(j).isCapitalised()) {
        var c = knowledge.countryRefs().longestAt(tokens.subList(0, stop), j, Token::word);
        if (c.isPresent()) {
          country = Optional.of(c.get().values().get(0).country().iso3());
        } else {
          country = affiliations.countryOrPlaceAt(j); // "the mayor of Bogota"
        }
      }
      if (body.isEmpty() && !tokens.get(j).isCapitalised()) {
        body = knowledge.roles().get(lower(j)).stream().filter(r -> r.kind() != Role.Kind.PERSON).findFirst();
      }
      if (!used[j] && org.isEmpty() && (tokens.get(j).ner().equals("ORGANIZATION") || knowledge.organizations()
          .longestAt(tokens.subList(0, stop), j, Token::word).filter(m -> tokens.get(m.start()).isCapitalised()).isPresent())) {
        int orgEnd = organization(j);
        if (orgEnd > j) {
          org = Optional.of(drafts.get(drafts.size() - 1));
          j = orgEnd - 1;
        }
      }
    }
    for (int j = i; j < stop; j++) {
      Token tj = tokens.get(j);
      boolean inOrg = org.isPresent() && org.get().mentions.stream().anyMatch(m -> m.start() <= tj.start() && tj.end() <= m.end());
      if (!inOrg) {
        used[j] = true;
      }
    }
    // A party is opposition only where the text says so; "the ruling party" governs. Otherwise a
    // party is a party (PTY), whichever side of power it is on.
    String description = text(i, stop).toLowerCase(Locale.ROOT);
    boolean party = description.matches(".*\\bparty\\b.*");
    boolean ruling = description.matches(".*\\b(ruling|governing)\\b.*");
    Optional<String> partySector = opposition ? Optional.of("OPP") : ruling ? Optional.of("GOV")
        : party ? Optional.of("PTY") : Optional.empty();
    person.head = headText.map(h -> h.toLowerCase(Locale.ROOT));
    if (org.isPresent()) {
      person.affiliation = org;
      if (partySector.isPresent() && !org.get().sectorStated) {
        org.get().sector(partySector, "appositive");
        org.get().sectorStated = true;
      }
      if (country.isPresent() && org.get().country.isEmpty()) {
        org.get().country(country, "appositive");
      }
    }
    boolean linking = headText.map(h -> knowledge.isA(h, "link")).orElse(false);
    if (person.sector.isEmpty()) {
      if (opposition || partySector.isPresent() && (linking || head.isEmpty())) {
        person.sector(partySector, "appositive");
        person.sectorStated = true;
      } else if (head.isPresent() && !linking) {
        person.sector(Optional.of(head.get().sector()), "appositive");
        person.sectorStated = true;
      } else if (org.isPresent() && org.get().sector.isPresent()) {
        person.sector(org.get().sector, "organisation");
        person.sectorStated = org.get().sectorStated;
      } else if (linking && body.isPresent()) {
        // "a spokesman for the Libyan army" speaks for the army.
        person.sector(Optional.of(body.get().sector()), "appositive");
        person.sectorStated = true;
      }
    }
    if (person.role.isEmpty() && headText.isPresent()) {
      person.role = headText;
    }
    if (person.country.isEmpty()) {
      Optional<Draft> affiliation = org;
      if (country.isPresent()) {
        person.country(country, "appositive");
      } else {
        person.country(affiliation.flatMap(o -> o.country), "organisation");
      }
    }
    return end;
  }

  // ---- organisations -----------------------------------------------------------------------

  /** A known organisation or an ORGANIZATION entity run at {@code i}. */
  int organization(int i) {
    Token t = tokens.get(i);
    var known = knowledge.organizations().longestAt(tokens, i, Token::word)
        .filter(m -> affiliations.namelike(m.start()) || lower(m.start()).equals("the"))
        .filter(m -> affiliations.namelike(m.end() - 1));
    int end;
    Optional<KnownOrganization> entry = Optional.empty();
    if (known.isPresent()) {
      end = known.get().end();
      entry = Optional.of(affiliations.ofStatesNamed(known.get().values()));
      // "State Department officials": the organisation modifies a group noun.
      if (end < tokens.size() && knowledge.roles().longestAt(tokens, end, Token::word)
          .filter(m -> m.values().get(0).kind() != Role.Kind.BODY).isPresent()
          && !tokens.get(end).isCapitalised()) {
        return -1;
      }
    } else if (t.ner().equals("ORGANIZATION") && (i == 0 || !tokens.get(i - 1).ner().equals("ORGANIZATION") || used[i - 1])) {
      end = i;
      while (end < tokens.size() && tokens.get(end).ner().equals("ORGANIZATION") && sameSentence(i, end)) {
        end++;
      }
      if (end < tokens.size() && knowledge.roles().longestAt(tokens, end, Token::word)
          .filter(m -> m.values().get(0).kind() != Role.Kind.BODY).isPresent()
          && !tokens.get(end).isCapitalised()) {
        return -1;
      }
      if (isPartOfTitle(i, end)) {
        return -1;
      }
      if (introducesPerson(end)) {
        return personAt(i, end);
      }
    } else {
      end = untaggedBodyEnd(i);
      if (end < 0 || isPartOfTitle(i, end)) {
        return -1;
      }
    }
    int nameStart = lower(i).equals("the") ? i + 1 : i;
    String name = entry.map(KnownOrganization::name).orElse(text(nameStart, end));
    var draft = new Draft(name, ActorKind.ORGANIZATION);
    draft.aliases.add(text(nameStart, end).toLowerCase(Locale.ROOT));
    var left = LeftContext.read(doc, knowledge, i, true);
    if (entry.isPresent()) {
      draft.country(entry.get().country(), "dictionary");
      KnownOrganization listed = entry.get();
      draft.sector(Optional.of(knowledge.sectorOn(listed, doc.date())), "dictionary");
      draft.sectorStated = true;
      draft.body = Draft.Body.of(listed);
    } else {
      left.role().ifPresent(r -> {
        draft.sector(Optional.of(left.opposition() ? "OPP" : r.sector()), "title");
        draft.sectorStated = true;
      });
      if (draft.sector.isEmpty()) {
        int nameEnd = end;
        headSector(name, plural(end - 1), stateOnly(nameStart, end)).or(() -> memberSector(nameStart, nameEnd)).ifPresent(s -> {
          draft.sector(Optional.of(left.opposition() ? "OPP" : s), "name");
          draft.sectorStated = true;
        });
      }
      if (left.opposition() && draft.sector.isEmpty()) {
        draft.sector(Optional.of("OPP"), "title");
        draft.sectorStated = true;
      }
    }
    // A known international body keeps no state for where it is based ("the London-based Amnesty").
    if (draft.country.isEmpty() && !(left.based() && entry.isPresent())) {
      draft.country(left.country(), "title");
    }
    if (draft.country.isEmpty() && entry.isEmpty()) {
      draft.country(countryInName(nameStart, end), "name");
    }
    draft.mention(mention(nameStart, end));
    for (int k = i; k < end; k++) {
      used[k] = true;
    }
    // "United Democratic Forces (FDU)": the bracketed acronym is an alias.
    if (end + 2 < tokens.size() && tokens.get(end).word().equals("(") && tokens.get(end + 2).word().equals(")")
        && tokens.get(end + 1).word().matches("\\p{Lu}{2,}")) {
      draft.aliases.add(lower(end + 1));
      draft.mention(mention(end + 1, end + 2));
      used[end + 1] = true;
      end += 3;
    }
    end = bodyAppositive(draft, end);
    merge(draft);
    return end;
  }

  /**
   * ", the largest union of doctors,": a description of a body set off by a comma, whose head noun
   * names a body, is that body and not another actor; it gives the sector the name did not.
   */
  int bodyAppositive(Draft body, int end) {
    if (end + 2 >= tokens.size() || !tokens.get(end).word().equals(",") || !Set.of("the", "a", "an").contains(lower(end + 1))
        || !sameSentence(end - 1, end + 2)) {
      return end;
    }
    int last = Math.min(doc.sentenceOf(tokens.get(end)).last(), end + 12);
    int stop = end + 2;
    int headEnd = -1;
    while (stop <= last && !Set.of(",", ";", ".", "(").contains(tokens.get(stop).word())) {
      Token t = tokens.get(stop);
      if (used[stop] || t.isVerb() && !t.pos().equals("VBN") && !t.pos().equals("VBG") || t.pos().startsWith("NNP")) {
        return end; // a clause, a name: not a plain description
      }
      if (headEnd < 0 && Set.of("of", "for", "in", "with", "that", "which").contains(lower(stop))) {
        headEnd = stop;
      }
      stop++;
    }
    if (stop > last) {
      return end;
    }
    int headAt = headEnd < 0 ? stop : headEnd;
    var head = knowledge.roles().longestEndingAt(tokens.subList(0, headAt), headAt, 3, Token::word)
        .filter(m -> m.start() > end && m.values().get(0).kind() == Role.Kind.BODY);
    if (head.isEmpty()) {
      return end;
    }
    for (int j = end + 1; j < stop; j++) {
      used[j] = true;
    }
    if (body.sector.isEmpty()) {
      body.sector(Optional.of(head.get().values().get(0).sector()), "appositive");
    }
    return stop;
  }

  /**
   * "the Ghanaian Union of Nurses", "the Homeland Union": a run of capitalised words the tagger
   * marked as no entity, holding a word for a body; the index after it, or -1.
   */
  int untaggedBodyEnd(int i) {
    if (!untaggedProper(i) || i > 0 && untaggedProper(i - 1)) {
      return -1;
    }
    int end = i;
    boolean body = false;
    while (end < tokens.size() && sameSentence(i, end)) {
      if (untaggedProper(end)) {
        body |= knowledge.isA(tokens.get(end).word().toLowerCase(Locale.ROOT), "body");
        end++;
      } else if (end > i && end + 1 < tokens.size() && untaggedProper(end + 1)
          && (lower(end).equals("of") || lower(end).equals("for") || tokens.get(end).pos().equals("POS"))) {
        end++; // "Union of Nurses", "Workers' Union"
      } else {
        break;
      }
    }
    return body && end - i >= 2 ? end : -1;
  }

  private boolean untaggedProper(int j) {
    Token t = tokens.get(j);
    return !used[j] && t.isCapitalised() && t.pos().startsWith("NNP") && (t.ner().equals("O") || t.ner().equals("MISC"));
  }

  /** "Secretary of State", "Treasury Secretary": an entity run that is really part of a title. */
  boolean isPartOfTitle(int i, int end) {
    var before = knowledge.roles().longestEndingAt(tokens, end, 5, Token::word);
    if (before.isPresent() && before.get().start() < i) {
      return true;
    }
    var from = knowledge.roles().longestAt(tokens, i, Token::word);
    return from.isPresent() && from.get().end() > end;
  }

  /** ", the leader of", ", an analyst at": what follows a name is a description of a person. */
  boolean introducesPerson(int end) {
    if (end + 2 >= tokens.size() || !tokens.get(end).word().equals(",")
        || !Set.of("the", "a", "an").contains(lower(end + 1))) {
      return false;
    }
    var role = knowledge.roles().longestAt(tokens, end + 2, Token::word)
        .or(() -> knowledge.roles().longestAt(tokens, end + 3, Token::word));
    return role.isPresent() && role.get().values().get(0).kind() == Role.Kind.PERSON;
  }

  /**
   * How many words at the start of the name, from {@code from}, name a state or a state's title
   * ("Royal Thai", "Kenya", "National"), counted in words of the name as written.
   */
  private int stateOnly(int from, int end) {
    int j = from;
    int words = 0;
    while (j < end) {
      var ref = knowledge.countryRefs().longestAt(tokens, j, Token::word).filter(m -> m.end() <= end);
      if (ref.isPresent()) {
        words += text(j, ref.get().end()).split("\\s+").length;
        j = ref.get().end();
      } else if (STATE_TITLES.contains(lower(j))) {
        words++;
        j++;
      } else {
        break;
      }
    }
    return words;
  }

  /** Words a state's institution may carry in its name besides the state's: "Royal Navy", "National Police". */
  private static final Set<String> STATE_TITLES = Set.of("royal", "national", "federal");

  /** A plural noun, also where the tagger took a capitalised one for a singular name ("Forces"). */
  private boolean plural(int token) {
    String word = tokens.get(token).word();
    return tokens.get(token).pos().endsWith("S") || word.endsWith("s") && !word.endsWith("ss");
  }

  /**
   * The sector an organisation's name implies by its last words ("... Party", "Supreme Court"). A
   * group noun names a state's institution too when the words before it only name the state ("the
   * Chilean Navy", "Ghana Police", "the Kenya Defence Forces"); elsewhere it is part of a name of its
   * own ("the Arakan Army" are rebels, "Lebanese Forces" a party).
   *
   * @param stateOnly how many words at the start name a state (see {@link #stateOnly})
   */
  Optional<String> headSector(String name, boolean pluralHead, int stateOnly) {
    List<String> words = List.of(name.split("\\s+"));
    for (int n = Math.min(3, words.size()); n >= 1; n--) {
      var phrase = String.join(" ", words.subList(words.size() - n, words.size()));
      boolean institution = (!pluralHead || n > 1) && words.size() - n == stateOnly;
      var body = knowledge.roles().get(phrase).stream()
          .filter(r -> r.kind() == Role.Kind.BODY || r.kind() == Role.Kind.GROUP && institution).findFirst();
      if (body.isPresent()) {
        return Optional.of(body.get().sector());
      }
    }
    return Optional.empty();
  }

  /**
   * "the Ghana Association of Teachers", "Baghdad University", "the Union of Chilean Farmers": a
   * body no dictionary knows is of the state its own name names, by name, adjective or capital.
   */
  Optional<String> countryInName(int from, int end) {
    for (int j = from; j < end; j++) {
      var ref = knowledge.countryRefs().longestAt(tokens, j, Token::word)
          .filter(m -> m.end() <= end && tokens.get(m.start()).isCapitalised());
      if (ref.isPresent()) {
        return Optional.of(ref.get().values().get(0).country().iso3());
      }
    }
    return Optional.empty();
  }

  /**
   * "the National Union of Teachers", "the Association of Coffee Farmers": a body named for its
   * members has their sector, when its own head noun gives none.
   */
  Optional<String> memberSector(int from, int end) {
    boolean namedFor = false;
    for (int j = from; j < end - 1; j++) {
      namedFor |= lower(j).equals("of");
    }
    String last = lower(end - 1);
    if (!namedFor || !last.endsWith("s")) {
      return Optional.empty();
    }
    return knowledge.roles().get(last).stream().filter(r -> r.kind() == Role.Kind.GROUP).findFirst().map(Role::sector);
  }

  // ---- groups, anonymous sources and institutions -------------------------------------------

  /** A role noun heading a noun phrase: "U.S. officials", "one senior official", "the government". */
  int roleNoun(int i) {
    if (tokens.get(i).isCapitalised() && i > doc.sentenceOf(tokens.get(i)).first()) {
      return -1;
    }
    var match = knowledge.roles().longestAt(tokens, i, Token::word);
    if (match.isEmpty() || !sameSentence(i, match.get().end() - 1)) {
      return -1;
    }
    int end = match.get().end();
    Role role = match.get().values().get(0);
    // A title before a name is not an actor of its own; nor is a noun modifying another noun. A
    // day or a date after the noun is neither ("arrested two opposition leaders Monday").
    boolean dated = end < tokens.size() && (Set.of("DATE", "TIME").contains(tokens.get(end).ner())
        || Arrays.stream(DayOfWeek.values()).anyMatch(d -> d.name().equalsIgnoreCase(tokens.get(end).word())));
    if (end < tokens.size() && sameSentence(i, end) && !dated
        && (tokens.get(end).isCapitalised() && tokens.get(end).isProperNoun()
            || tokens.get(end).isNoun() || tokens.get(end).word().startsWith("-"))) {
      return -1;
    }
    if (end == i + 1 && knowledge.leadsAnotherGroup(tokens, i)) {
      return -1;
    }
    // "a crowd of protesters", "a unit of soldiers": the people it is of are the actor.
    if (end == i + 1 && end < tokens.size() && lower(end).equals("of") && knowledge.isA(lower(i), "part")) {
      return -1;
    }
    var left = LeftContext.read(doc, knowledge, i, false);
    Affiliations.Belonging belonging = affiliations.belongingAfter(end);
    Optional<String> ofCountry = belonging.country();
    Optional<Draft> owner = possessiveOwner(left.start());
    Optional<String> country = left.country().or(() -> left.organization().flatMap(KnownOrganization::country))
        .or(() -> ofCountry).or(() -> owner.flatMap(o -> o.country));
    ActorKind kind;
    boolean tentative = false;
    // "the Kenyan president", "Peru's foreign minister": one office holder, named or not.
    boolean office = role.kind() == Role.Kind.PERSON && left.country().isPresent()
        && left.determiner().filter(d -> !d.equals("the")).isEmpty();
    Optional<KnownPerson> holder = office && !left.former()
        ? knowledge.officeHolder(country.get(), text(i, end), doc.date()) : Optional.empty();
    if (role.kind() == Role.Kind.GROUP) {
      kind = ActorKind.GROUP;
    } else if (office) {
      kind = ActorKind.PERSON;
    } else if (role.kind() == Role.Kind.PERSON) {
      // "the president" names someone only if a person with that title was named before it
      // (see TitleLinker), which a later stage decides.
      tentative = left.determiner().filter("the"::equals).isPresent() && country.isEmpty() && !left.former();
      if (left.determiner().filter(ANONYMOUS_DETERMINERS::contains).isEmpty() && !tentative) {
        return -1;
      }
      kind = ActorKind.ANONYMOUS;
    } else {
      if (country.isEmpty() && left.determiner().filter("the"::equals).isEmpty() && !left.stateless()) {
        return -1;
      }
      kind = ActorKind.ORGANIZATION;
    }
    int start = left.start();
    String name = text(start, end);
    var draft = new Draft(kind == ActorKind.ANONYMOUS ? left.determiner().get() + " " + name
        : holder.map(KnownPerson::name).orElse(name), kind);
    if (holder.isPresent()) {
      draft.role = Optional.of(holder.get().role());
    }
    if (left.determiner().isPresent()) {
      start = Math.max(doc.sentenceOf(tokens.get(i)).first(), start - 1);
    }
    draft.country(country, left.country().isPresent() ? "title"
        : left.organization().flatMap(KnownOrganization::country).isPresent() || ofCountry.isEmpty() && owner.isPresent()
            ? "organisation" : "appositive");
    draft.sector(Optional.of(left.former() && role.kind() == Role.Kind.PERSON ? "ELI"
        : left.opposition() && !role.sector().equals("OPP") ? "OPP" : role.sector()), "role");
    knowledge.ledGroupSector(tokens, end - 1).filter(sec -> end == i + 1 && !left.former())
        .ifPresent(sec -> draft.sector(Optional.of(sec), "role"));
    // "leaders of the main opposition party": officials of a body are on its side.
    belonging.sector().filter(sec -> role.sector().equals("GOV") && !left.former() && left.organization().isEmpty())
        .ifPresent(sec -> draft.sector(Optional.of(sec), "organisation"));
    // "the group said its fighters ...", "the party and its leaders": a body's own officials and
    // armed men are of its side.
    owner.filter(o -> o.kind != ActorKind.COUNTRY).flatMap(o -> o.sector)
        .filter(sec -> role.sector().equals("GOV") && !knowledge.isArmed(sec) || knowledge.isArmed(sec) && knowledge.isArmed(role.sector()))
        .filter(sec -> !left.former() && left.organization().isEmpty() && belonging.sector().isEmpty())
        .ifPresent(sec -> draft.sector(Optional.of(sec), "organisation"));
    // "UN troops", "EU officials", "inspectors from the IAEA", "the head of the IAEA": people of an
    // international body belong to it, not to a state.
    Optional<KnownOrganization> ownBody = left.organization()
        .or(() -> belonging.body().filter(b -> role.kind() == Role.Kind.GROUP
            || b.country().isEmpty() && !knowledge.isDomestic(b.sector())));
    boolean international = ownBody.filter(o -> o.country().isEmpty()
        && !knowledge.isDomestic(o.sector())).isPresent();
    // "ISWAP fighters", "Hamas commanders": armed men of an armed body are of its side (while the
    // body rules, "Taliban fighters" are the state's armed men, and keep their own role's sector).
    boolean armedOfArmed = ownBody.filter(o -> knowledge.isArmed(o.sector()) && knowledge.isArmed(role.sector())
        && !knowledge.partySectorOn(o, doc.date()).equals(Optional.of("GOV"))).isPresent();
    if (ownBody.isPresent() && (role.sector().equals("GOV") || international || armedOfArmed)) {
      KnownOrganization body = ownBody.get();
      draft.sector(Optional.of(knowledge.sectorOn(body, doc.date())), "organisation");
      draft.body = Draft.Body.of(body);
    }
    draft.sectorStated = true;
    draft.stateless = left.stateless() && country.isEmpty();
    draft.head = Optional.of(text(i, end).toLowerCase(Locale.ROOT));
    if (kind == ActorKind.ANONYMOUS) {
      draft.role = Optional.of(text(i, end));
      draft.tentative = tentative;
    }
    draft.mention(mention(start, end));
    for (int k = start; k < end; k++) {
      used[k] = true;
    }
    if (kind == ActorKind.ANONYMOUS) {
      drafts.add(draft);
    } else {
      merge(draft);
    }
    if (kind == ActorKind.GROUP && left.country().isPresent()) {
      coordinatedGroups(draft, start, text(i, end));
    }
    return end;
  }

  /**
   * "its fighters", "their leaders": the body, state or group named last before the possessive, in
   * its sentence or the one before.
   */
  private Optional<Draft> possessiveOwner(int start) {
    if (start == 0 || !Set.of("its", "their").contains(lower(start - 1))) {
      return Optional.empty();
    }
    List<Draft> owners = drafts.stream()
        .filter(d -> !d.tentative)
        .filter(d -> d.kind == ActorKind.ORGANIZATION || d.kind == ActorKind.COUNTRY
            || d.kind == ActorKind.GROUP && lower(start - 1).equals("their"))
        .toList();
    return mentionedLastBefore(owners, tokens.get(start - 1).start(), 1);
  }

  /**
   * "Kenyan and Ugandan officials", "Chadian, Malian and Nigerien troops": each nationality
   * before the "and" names a group of its own, of the same role.
   */
  void coordinatedGroups(Draft group, int start, String roleText) {
    int k = start - 1;
    while (k > doc.sentenceOf(tokens.get(start)).first() && Set.of("and", ",").contains(lower(k))) {
      var ref = knowledge.countryRefs().longestEndingAt(tokens.subList(0, k), k, 3, Token::word)
          .filter(m -> m.values().stream().anyMatch(v -> v.form() == CountryRef.Form.ADJECTIVE)
              && tokens.get(m.start()).isCapitalised());
      if (ref.isEmpty()) {
        return;
      }
      int from = ref.get().start();
      var sibling = new Draft(text(from, k) + " " + roleText, ActorKind.GROUP);
      sibling.country(Optional.of(ref.get().values().get(0).country().iso3()), "title");
      sibling.sector(group.sector, "role");
      sibling.sectorStated = true;
      sibling.head = group.head;
      sibling.mention(mention(from, k));
      for (int t = from; t < k; t++) {
        used[t] = true;
      }
      merge(sibling);
      k = from - 1;
    }
  }

  // ---- states ------------------------------------------------------------------------------

  /** A country, capital or metonym acting as a whole: "Chile protested", "Moscow's refusal". */
  int state(int i) {
    if (!tokens.get(i).isCapitalised()) {
      return -1;
    }
    var match = knowledge.countryRefs().longestAt(tokens, i, Token::word);
    if (match.isEmpty()) {
      return -1;
    }
    CountryRef ref = match.get().values().get(0);
    int end = match.get().end();
    if (ref.form() == CountryRef.Form.ADJECTIVE || end >= tokens.size() || !sameSentence(i, end)
        || knowledge.insidePlaceName(tokens, i, end)) {
      return -1;
    }
    Token next = tokens.get(end);
    boolean agent = next.isVerb() && !next.pos().equals("VBG") && !next.pos().equals("VBN")
        || next.word().equals("'s") || next.word().equals("\u2019s")
        || (next.word().equals("'") && ref.country().name().endsWith("s"));
    if (!agent) {
      return -1;
    }
    var draft = new Draft(ref.country().name(), ActorKind.COUNTRY);
    draft.country(Optional.of(ref.country().iso3()), "name");
    draft.mention(mention(i, end));
    merge(draft);
    return end;
  }

  /**
   * "Liberians", "200 Filipinos": a plural of a nationality noun
   * names that country's people as a group (CAMEO codes them by the country alone).
   */
  int nationals(int i) {
    Token t = tokens.get(i);
    if (!t.isCapitalised() || !(t.pos().equals("NNPS") || t.pos().equals("NNS"))) {
      return -1;
    }
    // The tagger often leaves a proper plural as its own lemma ("Turks", "Serbs").
    String singular = t.lemma().equals(t.word()) && t.word().endsWith("s") ? t.word().substring(0, t.word().length() - 1)
        : t.lemma();
    var ref = knowledge.countryRefs().get(singular).stream()
        .filter(r -> r.form() == CountryRef.Form.ADJECTIVE).findFirst();
    if (ref.isEmpty() || (i + 1 < tokens.size() && tokens.get(i + 1).isNoun() && sameSentence(i, i + 1))) {
      return -1;
    }
    // "ethnic Albanians": people of an ethnicity, wherever they live; CAMEO codes an ethnic group
    // as civilians of the state it lives in, which the context has to give.
    boolean ethnic = i > doc.sentenceOf(t).first() && LeftContext.isEthnic(tokens.get(i - 1));
    int from = ethnic ? i - 1 : i;
    var draft = new Draft(text(from, i + 1), ActorKind.GROUP);
    if (ethnic) {
      draft.sector(Optional.of("CVL"), "role");
      draft.sectorStated = true;
    } else {
      draft.country(Optional.of(ref.get().country().iso3()), "name");
    }
    draft.mention(mention(from, i + 1));
    for (int k = from; k <= i; k++) {
      used[k] = true;
    }
    merge(draft);
    return i + 1;
  }
}
