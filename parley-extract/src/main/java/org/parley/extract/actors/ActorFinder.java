package org.parley.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.core.record.Actor;
import org.parley.core.record.ActorKind;
import org.parley.core.record.Mention;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.Sentence;
import org.parley.core.text.Token;
import org.parley.extract.dictionary.CountryRef;
import org.parley.extract.dictionary.KnownOrganization;
import org.parley.extract.dictionary.KnownPerson;
import org.parley.extract.dictionary.Knowledge;
import org.parley.extract.dictionary.MainCountry;
import org.parley.extract.dictionary.Role;

/**
 * Finds the actors of an article — people, organisations, states, groups and anonymous sources —
 * with country, sector and role from titles, appositives, dictionaries and context, and links
 * later short mentions and pronouns to the actor introduced earlier.
 */
public final class ActorFinder {
  private static final Set<String> LINK_NOUNS = Set.of("leader", "head", "chief", "member", "founder", "chairman", "president", "secretary", "spokesman", "spokeswoman", "spokesperson");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "his", "her");
  private static final Set<String> ANONYMOUS_DETERMINERS = Set.of("a", "an", "one");

  private final Knowledge knowledge;

  public ActorFinder(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /**
   * The actors of {@code doc}; {@code mainCountry} (see {@link MainCountry}) is the country of
   * groups and institutions that the text names without one.
   */
  public List<Actor> find(ParsedDocument doc, Optional<String> mainCountry) {
    var run = new Run(doc, mainCountry);
    run.scan();
    run.linkShortMentions();
    run.linkDescriptions();
    run.linkMembersToGroups();
    run.fillFromContext();
    run.resolvePronouns();
    return run.result();
  }

  /** The state of one document's resolution. */
  private final class Run {
    final ParsedDocument doc;
    final List<Token> tokens;
    final List<Draft> drafts = new ArrayList<>();
    final boolean[] used;
    final Optional<String> dominant;

    Run(ParsedDocument doc, Optional<String> mainCountry) {
      this.doc = doc;
      this.tokens = doc.tokens();
      this.used = new boolean[tokens.size()];
      this.dominant = mainCountry;
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
        if (next > i) {
          i = next - 1;
        }
      }
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
      } else if (t.isCapitalised() && t.isProperNoun()) {
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

    /** Builds the person named by tokens {@code i..end}, with title, country and appositive. */
    int personAt(int i, int end) {
      // A title swallowed into the entity ("President Xi") belongs to the title.
      int nameStart = i;
      while (nameStart < end - 1) {
        var title = knowledge.roles().longestAt(tokens, nameStart, Token::word);
        if (title.isEmpty() || title.get().end() > end - 1) {
          break;
        }
        nameStart = title.get().end();
      }
      String name = text(nameStart, end);
      if (PRONOUNS.contains(name.toLowerCase(Locale.ROOT))) {
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
      } else {
        draft.country(left.organization().flatMap(KnownOrganization::country), "organisation");
      }
      if (left.organization().isPresent() && draft.sector.isEmpty()) {
        draft.sector(Optional.of(left.organization().get().sector()), "organisation");
        draft.sectorStated = true;
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

    /** ", the leader of the X party," / ", a researcher with Human Rights Watch (HRW),". */
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
          }
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
      boolean linking = headText.map(h -> LINK_NOUNS.contains(h.toLowerCase(Locale.ROOT))).orElse(false);
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
          .filter(m -> tokens.get(m.start()).isCapitalised() || lower(m.start()).equals("the"))
          .filter(m -> tokens.get(m.end() - 1).isCapitalised());
      int end;
      Optional<KnownOrganization> entry = Optional.empty();
      if (known.isPresent()) {
        end = known.get().end();
        entry = Optional.of(known.get().values().get(0));
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
        return -1;
      }
      int nameStart = lower(i).equals("the") ? i + 1 : i;
      String name = entry.map(KnownOrganization::name).orElse(text(nameStart, end));
      var draft = new Draft(name, ActorKind.ORGANIZATION);
      draft.aliases.add(text(nameStart, end).toLowerCase(Locale.ROOT));
      var left = LeftContext.read(doc, knowledge, i, true);
      if (entry.isPresent()) {
        draft.country(entry.get().country(), "dictionary");
        draft.sector(Optional.of(entry.get().sector()), "dictionary");
        draft.sectorStated = true;
      } else {
        left.role().ifPresent(r -> {
          draft.sector(Optional.of(left.opposition() ? "OPP" : r.sector()), "title");
          draft.sectorStated = true;
        });
        if (draft.sector.isEmpty()) {
          headSector(name).ifPresent(s -> {
            draft.sector(Optional.of(left.opposition() ? "OPP" : s), "name");
            draft.sectorStated = true;
          });
        }
        if (left.opposition() && draft.sector.isEmpty()) {
          draft.sector(Optional.of("OPP"), "title");
          draft.sectorStated = true;
        }
      }
      if (draft.country.isEmpty()) {
        draft.country(left.country(), "title");
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
      merge(draft);
      return end;
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

    /** ", the leader of", ", a researcher with": what follows a name is a description of a person. */
    boolean introducesPerson(int end) {
      if (end + 2 >= tokens.size() || !tokens.get(end).word().equals(",")
          || !Set.of("the", "a", "an").contains(lower(end + 1))) {
        return false;
      }
      var role = knowledge.roles().longestAt(tokens, end + 2, Token::word)
          .or(() -> knowledge.roles().longestAt(tokens, end + 3, Token::word));
      return role.isPresent() && role.get().values().get(0).kind() == Role.Kind.PERSON;
    }

    /** The sector an organisation's name implies by its last words ("... Party", "Supreme Court"). */
    Optional<String> headSector(String name) {
      List<String> words = List.of(name.split("\\s+"));
      for (int n = Math.min(3, words.size()); n >= 1; n--) {
        var phrase = String.join(" ", words.subList(words.size() - n, words.size()));
        var body = knowledge.roles().get(phrase).stream().filter(r -> r.kind() == Role.Kind.BODY).findFirst();
        if (body.isPresent()) {
          return Optional.of(body.get().sector());
        }
      }
      return Optional.empty();
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
      // A title before a name is not an actor of its own; nor is a noun modifying another noun.
      if (end < tokens.size() && sameSentence(i, end)
          && (tokens.get(end).isCapitalised() && tokens.get(end).isProperNoun()
              || tokens.get(end).isNoun() || tokens.get(end).word().startsWith("-"))) {
        return -1;
      }
      var left = LeftContext.read(doc, knowledge, i, false);
      Optional<String> ofCountry = countryOfPhraseAfter(end);
      Optional<String> country = left.country().or(() -> left.organization().flatMap(KnownOrganization::country))
          .or(() -> ofCountry);
      ActorKind kind;
      // "the Kenyan president", "Peru's foreign minister": one office holder, named or not.
      boolean office = role.kind() == Role.Kind.PERSON && left.country().isPresent() && !left.former()
          && left.determiner().filter(d -> !d.equals("the")).isEmpty();
      Optional<KnownPerson> holder = office
          ? knowledge.officeHolder(country.get(), text(i, end), doc.date()) : Optional.empty();
      if (role.kind() == Role.Kind.GROUP) {
        kind = ActorKind.GROUP;
      } else if (office) {
        kind = ActorKind.PERSON;
      } else if (role.kind() == Role.Kind.PERSON) {
        if (left.determiner().filter(ANONYMOUS_DETERMINERS::contains).isEmpty()) {
          return -1;
        }
        kind = ActorKind.ANONYMOUS;
      } else {
        if (country.isEmpty() && left.determiner().filter("the"::equals).isEmpty()) {
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
          : left.organization().flatMap(KnownOrganization::country).isPresent() ? "organisation" : "appositive");
      draft.sector(Optional.of(left.former() && role.kind() == Role.Kind.PERSON ? "ELI"
          : left.opposition() && !role.sector().equals("OPP") ? "OPP" : role.sector()), "role");
      // "UN troops", "EU officials": people of an international body belong to it, not to a state.
      boolean international = left.organization().filter(o -> o.country().isEmpty()
          && !knowledge.isDomestic(o.sector())).isPresent();
      if (left.organization().isPresent() && (role.sector().equals("GOV") || international)) {
        draft.sector(Optional.of(left.organization().get().sector()), "organisation");
      }
      draft.sectorStated = true;
      draft.head = Optional.of(text(i, end).toLowerCase(Locale.ROOT));
      if (kind == ActorKind.ANONYMOUS) {
        draft.role = Optional.of(text(i, end));
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
      return end;
    }

    /**
     * "the leaders of Somalia's largest militia", "officials of the Kenyan government": the country
     * an of-phrase right after a role noun names, before any verb or clause break.
     */
    Optional<String> countryOfPhraseAfter(int end) {
      if (end >= tokens.size() || !lower(end).equals("of") || !sameSentence(end - 1, end)) {
        return Optional.empty();
      }
      for (int j = end + 1; j < Math.min(tokens.size(), end + 6) && sameSentence(end, j); j++) {
        Token t = tokens.get(j);
        if (t.isVerb() || Set.of(",", ";", ".", "(").contains(t.word())) {
          break;
        }
        if (t.isCapitalised()) {
          var ref = knowledge.countryRefs().longestAt(tokens, j, Token::word);
          if (ref.isPresent()) {
            return Optional.of(ref.get().values().get(0).country().iso3());
          }
        }
      }
      return Optional.empty();
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
      if (ref.form() == CountryRef.Form.ADJECTIVE || end >= tokens.size() || !sameSentence(i, end)) {
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
      var ref = knowledge.countryRefs().get(t.lemma()).stream()
          .filter(r -> r.form() == CountryRef.Form.ADJECTIVE).findFirst();
      if (ref.isEmpty() || (i + 1 < tokens.size() && tokens.get(i + 1).isNoun() && sameSentence(i, i + 1))) {
        return -1;
      }
      var draft = new Draft(t.word(), ActorKind.GROUP);
      draft.country(Optional.of(ref.get().country().iso3()), "name");
      draft.mention(mention(i, i + 1));
      used[i] = true;
      merge(draft);
      return i + 1;
    }

    // ---- linking -----------------------------------------------------------------------------

    /** Adds a draft, or folds it into an earlier actor it names again. */
    void merge(Draft d) {
      for (Draft e : drafts) {
        if (e.kind == d.kind && sameActor(e, d)) {
          if (d.name.length() > e.name.length() && d.kind == ActorKind.PERSON) {
            e.name = d.name;
          }
          e.absorb(d);
          return;
        }
      }
      drafts.add(d);
    }

    boolean sameActor(Draft a, Draft b) {
      String an = a.name.toLowerCase(Locale.ROOT);
      String bn = b.name.toLowerCase(Locale.ROOT);
      if (an.equals(bn) || a.aliases.contains(bn) || b.aliases.contains(an)) {
        return a.kind != ActorKind.GROUP || a.country.equals(b.country) || b.country.isEmpty();
      }
      if (a.kind == ActorKind.PERSON) {
        return a.nameWords().containsAll(b.nameWords()) || b.nameWords().containsAll(a.nameWords());
      }
      return false;
    }

    /** Capitalised words that repeat part of a known person's name ("Xi", "Macron") link to them. */
    void linkShortMentions() {
      Map<String, Draft> byWord = new HashMap<>();
      for (Draft d : drafts) {
        if (d.kind == ActorKind.PERSON) {
          for (String w : d.nameWords()) {
            if (w.length() > 1) {
              byWord.putIfAbsent(w, d);
            }
          }
        } else if (d.kind == ActorKind.ORGANIZATION) {
          for (String alias : d.aliases) {
            if (!alias.contains(" ") && alias.length() > 1) {
              byWord.putIfAbsent(alias, d);
            }
          }
        }
      }
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (used[i] || !t.isCapitalised() || !t.isProperNoun()) {
          continue;
        }
        Draft d = byWord.get(lower(i));
        if (d != null && !(i + 1 < tokens.size() && tokens.get(i + 1).isProperNoun() && tokens.get(i + 1).isCapitalised())) {
          d.mention(mention(i, i + 1));
          used[i] = true;
        }
      }
    }

    /**
     * "an opposition leader" followed shortly by "X, the leader of ..." are one person: the named
     * person takes the description's country and sector.
     */
    void linkDescriptions() {
      List<Draft> anonymous = drafts.stream().filter(d -> d.kind == ActorKind.ANONYMOUS).toList();
      for (Draft person : List.copyOf(drafts)) {
        if (person.kind != ActorKind.PERSON || person.head.isEmpty()) {
          continue;
        }
        int personSentence = doc.sentenceAt(person.firstStart()).index();
        for (Draft anon : anonymous) {
          if (!drafts.contains(anon) || anon.head.isEmpty() || !anon.head.get().endsWith(person.head.get())) {
            continue;
          }
          int anonSentence = doc.sentenceAt(anon.firstStart()).index();
          if (anonSentence <= personSentence && personSentence - anonSentence <= 2 && anon.firstStart() < person.firstStart()) {
            if (!person.sectorStated || LINK_NOUNS.contains(person.head.get())) {
              person.sector(anon.sector, "description");
              person.sectorStated = true;
            }
            if (person.country.isEmpty()) {
              person.country(anon.country, "description");
            }
            person.affiliation.ifPresent(o -> {
              if (o.sector.isEmpty()) {
                o.sector(anon.sector, "description");
              }
            });
            anon.mentions.forEach(person::mention);
            drafts.remove(anon);
          }
        }
      }
    }

    /**
     * "Police detained four opposition figures ... They were A, the head of a farmers' party; B,
     * ...": people named right after a group of opposition figures, and described only as the
     * leader or member of a party, are opposition; the party alone does not say which side it is on.
     */
    void linkMembersToGroups() {
      List<Draft> groups = drafts.stream()
          .filter(d -> d.kind == ActorKind.GROUP && d.sector.equals(Optional.of("OPP")) && d.sectorStated).toList();
      for (Draft person : drafts) {
        boolean partyOnly = person.sector.isEmpty() || person.sector.equals(Optional.of("PTY"));
        boolean linkOnly = person.head.map(h -> LINK_NOUNS.contains(h) || h.endsWith("activist")).orElse(false);
        if (person.kind != ActorKind.PERSON || !partyOnly || !linkOnly) {
          continue;
        }
        int personSentence = doc.sentenceAt(person.firstStart()).index();
        // The group named last before the person, within two sentences.
        groups.stream()
            .filter(g -> g.firstStart() < person.firstStart()
                && personSentence - doc.sentenceAt(g.firstStart()).index() <= 2)
            .max(java.util.Comparator.comparingInt(Draft::firstStart))
            .filter(g -> person.country.isEmpty() || person.country.equals(g.country))
            .ifPresent(g -> {
              person.sector(g.sector, "group");
              person.sectorStated = true;
            });
      }
    }

    /** Country and sector from affiliations, known office holders and the story's own country. */
    void fillFromContext() {
      drafts.sort(java.util.Comparator.comparingInt(Draft::firstStart));
      for (Draft d : drafts) {
        if (d.kind == ActorKind.PERSON) {
          var known = knowledge.personOn(d.name, doc.date());
          known.ifPresent(p -> {
            if (d.country.isEmpty()) {
              d.country(p.country(), "dictionary");
            }
            if (d.sector.isEmpty()) {
              d.sector(Optional.of(p.sector()), "dictionary");
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
          });
        }
      }
      for (Draft d : drafts) {
        if (d.country.isPresent() || d.sector.isEmpty() || !knowledge.isDomestic(d.sector.get())) {
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
     * appears: a place after "in", "at", "outside" or "near" ("in central Lagos"), not one travelled
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
          located |= Set.of("in", "at", "outside", "near").contains(lower(k));
        }
        if (!located) {
          continue;
        }
        int at = i;
        var country = knowledge.countryRefs().longestAt(tokens, at, Token::word)
            .filter(m -> m.values().get(0).form() != CountryRef.Form.ADJECTIVE)
            .map(m -> m.values().get(0).country().iso3())
            .or(() -> knowledge.places().longestAt(tokens, at, Token::word)
                .flatMap(m -> Knowledge.ranked(m.values()).stream().findFirst()).map(e -> e.iso3()));
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
          if (m.start() < at && sentence - s <= 1 && m.start() > bestStart) {
            best = e;
            bestStart = m.start();
          }
        }
      }
      return best == null ? Optional.empty() : best.country;
    }

    /** "he", "she", "his", "her" name the most recent person mentioned before them. */
    void resolvePronouns() {
      for (int i = 0; i < tokens.size(); i++) {
        if (!PRONOUNS.contains(lower(i))) {
          continue;
        }
        // The subject of the nearest sentence with a person: its leftmost person mention.
        int at = tokens.get(i).start();
        int sentence = tokens.get(i).sentence();
        Draft best = null;
        int bestSentence = -1;
        int bestStart = Integer.MAX_VALUE;
        for (Draft d : drafts) {
          if (d.kind != ActorKind.PERSON) {
            continue;
          }
          for (Mention m : d.mentions) {
            int s = doc.sentenceAt(m.start()).index();
            if (m.start() >= at || sentence - s > 3 || PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT))) {
              continue;
            }
            if (s > bestSentence || (s == bestSentence && m.start() < bestStart)) {
              best = d;
              bestSentence = s;
              bestStart = m.start();
            }
          }
        }
        if (best != null) {
          best.mention(mention(i, i + 1));
        }
      }
    }

    List<Actor> result() {
      drafts.sort(java.util.Comparator.comparingInt(Draft::firstStart));
      List<Actor> out = new ArrayList<>();
      for (Draft d : drafts) {
        out.add(d.toActor("a" + (out.size() + 1)));
      }
      return out;
    }

    // ---- helpers -----------------------------------------------------------------------------

    boolean sameSentence(int a, int b) {
      return tokens.get(a).sentence() == tokens.get(b).sentence();
    }

    boolean allCapitalised(int from, int to) {
      for (int k = from; k < to; k++) {
        if (!tokens.get(k).isCapitalised()) {
          return false;
        }
      }
      return true;
    }

    String lower(int i) {
      return tokens.get(i).word().toLowerCase(Locale.ROOT);
    }

    String text(int from, int to) {
      return doc.span(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    Mention mention(int from, int to) {
      return new Mention(tokens.get(from).start(), tokens.get(to - 1).end(), text(from, to));
    }
  }

  /** "secretary of state" → "Secretary of State"; a role written capitalised stays as written. */
  static String titleCase(String role) {
    if (!role.equals(role.toLowerCase(Locale.ROOT))) {
      return role;
    }
    var out = new StringBuilder();
    for (String w : role.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(Set.of("of", "the", "and", "for").contains(w) ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return out.toString();
  }
}
