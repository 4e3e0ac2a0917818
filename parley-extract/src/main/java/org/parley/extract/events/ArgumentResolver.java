package org.parley.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.core.record.Actor;
import org.parley.core.record.ActorKind;
import org.parley.core.record.Attribution;
import org.parley.core.record.Mention;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.Sentence;
import org.parley.core.text.Token;
import org.parley.extract.actors.MentionIndex;
import org.parley.extract.dictionary.CountryRef;
import org.parley.extract.dictionary.Knowledge;
import org.parley.extract.dictionary.PhraseIndex;
import org.parley.extract.dictionary.Role;
import org.parley.extract.syntax.Graph;

/**
 * Finds the actor an event argument stands for: an actor already found in the text, a country or
 * capital used for its state ("Moscow's refusal"), a demonym ("the Iranian move") or a
 * role noun with a country from context ("three opposition figures"). Creates the last three as new
 * actors. One instance per document.
 */
final class ArgumentResolver {
  private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "flat", "appos", "amod", "nmod:poss");

  private final Knowledge knowledge;
  private final ParsedDocument doc;
  private final List<Actor> actors;
  private final int found;
  private final MentionIndex mentions;
  private final Optional<String> home;

  ArgumentResolver(Knowledge knowledge, ParsedDocument doc, List<Actor> found, Optional<String> home) {
    this.knowledge = knowledge;
    this.doc = doc;
    this.actors = new ArrayList<>(found);
    this.found = found.size();
    this.home = home;
    this.mentions = new MentionIndex(doc, found);
  }

  /** The actors this resolver created, in order of creation. */
  List<Actor> added() {
    return List.copyOf(actors.subList(found, actors.size()));
  }

  Optional<Actor> byId(String id) {
    return actors.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * "the ministers of Uganda and Kenya": a role of several states is a group of each; given the
   * actor found for the first state, the same role of each other state the "of" phrase coordinates.
   */
  List<Actor> sameRoleOfEach(Graph graph, int head, Actor first) {
    List<Actor> others = new ArrayList<>();
    if (first.sector().isEmpty() || first.country().isEmpty() || !namesARole(graph, head)) {
      return others;
    }
    for (int of : graph.children(head, "nmod:of")) {
      for (int conjunct : graph.children(of, r -> Graph.base(r).equals("conj"))) {
        Optional<String> state = stateAt(conjunct).filter(c -> !c.equals(first.country().get()));
        if (state.isEmpty()) {
          continue;
        }
        Optional<Actor> existing = actors.stream().filter(a -> a.name().equals(first.name())
            && a.country().equals(state) && a.sector().equals(first.sector())).findFirst();
        others.add(existing.orElseGet(() -> add(first.name(), first.kind(), state, first.sector(), first.mentions(),
            new Attribution(Optional.of("title"), first.attribution().sector()), true)));
      }
    }
    return others;
  }

  /** The group the actor stage made of a coordinated nationality adjective ("Kenyan and Ugandan officials"). */
  Optional<Actor> coordinatedGroup(int adjective) {
    return mentions.actorAt(adjective).flatMap(this::byId).filter(a -> a.kind() == ActorKind.GROUP);
  }

  /** Whether {@link #resolve} would find an actor, without creating one. */
  boolean resolvable(Graph graph, int head) {
    return find(graph, head, Optional.empty(), false).isPresent();
  }

  /**
   * The actor that the phrase headed by {@code head} names, created if the story has none yet;
   * {@code countryHint} fills a missing country.
   */
  Optional<Actor> resolve(Graph graph, int head, Optional<String> countryHint) {
    return find(graph, head, countryHint, true);
  }

  private Optional<Actor> find(Graph graph, int head, Optional<String> countryHint, boolean create) {
    Optional<String> at = mentions.actorAt(head);
    if (at.isPresent()) {
      return byId(at.get());
    }
    // "thousands of Peruvians", "a group of Somali refugees", "a member of the parliament": a
    // quantity or a part stands for the people or body it is of.
    if (knowledge.isA(doc.tokens().get(head).lemma(), "part")) {
      for (int of : graph.children(head, "nmod:of")) {
        Optional<Actor> whole = find(graph, of, countryHint, create);
        if (whole.isPresent()) {
          return whole;
        }
      }
    }
    // Someone's family or lawyers are not that someone ("the Okafor family", "the senator's widow").
    if (knowledge.isA(doc.tokens().get(head).lemma(), "kin") && roleActor(graph, head, countryHint, false).isEmpty()) {
      return Optional.empty();
    }
    // "arrived in Chad, the minister said" is often parsed with the minister in apposition to Chad;
    // a state's name is not a person's.
    boolean namesAState = stateAt(head).isPresent();
    for (String relation : List.of("appos", "flat", "compound")) {
      for (int child : graph.children(head, relation)) {
        if (namesAState && relation.equals("appos")) {
          continue;
        }
        Optional<String> named = mentions.actorAt(child);
        if (named.isPresent()) {
          return byId(named.get());
        }
      }
    }
    Optional<Actor> role = roleActor(graph, head, countryHint, create);
    if (role.isPresent()) {
      return role;
    }
    Optional<String> state = stateAt(head);
    if (state.isPresent()) {
      return Optional.of(countryActor(state.get(), span(head, head), create));
    }
    Optional<String> described = describedState(graph, head);
    if (described.isPresent()) {
      return Optional.of(countryActor(described.get(), span(head, head), create));
    }
    // A thing owned stands for its owner ("rejected France's offer"); people are roles, above.
    for (int child : graph.children(head, PHRASE_RELATIONS::contains)) {
      Optional<String> owner = mentions.actorAt(child);
      if (owner.isPresent()) {
        return byId(owner.get());
      }
      Optional<CountryRef> adjective = countryAt(child);
      if (adjective.isPresent()) {
        return Optional.of(countryActor(adjective.get().country().iso3(), span(child, child), create));
      }
    }
    return Optional.empty();
  }

  /**
   * For a target phrase that names no actor ("to people hit by the earthquake in southern
   * Afghanistan"): the first country or place named inside it, standing for its state, other than
   * the states in {@code except} (the source's own, when a clause names where it would act).
   */
  Optional<Actor> countryWithin(Graph graph, int head, Set<String> except) {
    return stateWithin(graph, head, except)
        .map(token -> countryActor(stateAt(token).orElseThrow(), span(token, token), true));
  }

  /** The state itself as an actor, created if the story has none yet. */
  Actor state(String iso3) {
    return countryActor(iso3, Optional.empty(), true);
  }

  /**
   * A state's people as a whole, on whom its own curfew or emergency rule falls: the story's
   * civilians of that state if it names some, else a group made for them.
   */
  Actor people(String iso3) {
    return actors.stream()
        .filter(a -> a.kind() == ActorKind.GROUP && a.country().equals(Optional.of(iso3))
            && a.sector().equals(Optional.of("CVL")))
        .findFirst()
        .orElseGet(() -> add("people of " + knowledge.country(iso3).map(c -> c.name()).orElse(iso3), ActorKind.GROUP,
            Optional.of(iso3), Optional.of("CVL"), List.of(), new Attribution(Optional.of("event"), Optional.of("event")),
            true));
  }

  /** The state a phrase names, by its head or, as {@link #countryWithin} finds it, inside it. */
  Optional<String> stateNamedWithin(Graph graph, int head) {
    return stateAt(head).or(() -> stateWithin(graph, head, Set.of()).flatMap(this::stateAt));
  }

  /** Whether {@link #countryWithin} would find a state, without creating an actor. */
  boolean hasCountryWithin(Graph graph, int head) {
    return stateWithin(graph, head, Set.of()).isPresent();
  }

  private Optional<Integer> stateWithin(Graph graph, int head, Set<String> except) {
    var queue = new java.util.ArrayDeque<int[]>();
    queue.add(new int[] {head, 0});
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    while (!queue.isEmpty()) {
      int[] next = queue.poll();
      int token = next[0];
      if (!seen.add(token) || next[1] > 5) {
        continue;
      }
      Optional<String> state = token == head ? Optional.empty() : stateAt(token);
      if (state.isPresent() && !except.contains(state.get())) {
        return Optional.of(token);
      }
      // A clause's subject is who acts, not where: "agreed to cooperate" must not find its agreers.
      for (int child : graph.children(token, r -> !r.equals("punct") && !r.equals("ref") && !r.startsWith("nsubj"))) {
        queue.add(new int[] {child, next[1] + 1});
      }
    }
    return Optional.empty();
  }

  /**
   * The state acting where the text names no agent ("was arrested"): an actor of that country and
   * sector already in the story, else the country itself.
   */
  Optional<Actor> implicitAgent(Optional<String> country, String sector) {
    Optional<String> iso3 = country.or(() -> home);
    if (iso3.isEmpty()) {
      return Optional.empty();
    }
    return actors.stream()
        .filter(a -> a.country().equals(iso3) && a.sector().equals(Optional.of(sector)) && a.kind() != ActorKind.PERSON)
        .findFirst()
        .or(() -> Optional.of(countryActor(iso3.get(), Optional.empty(), true)));
  }

  /**
   * "Thousands marched in Lima": a crowd the text only counts is the civilians of the state where it
   * gathered.
   */
  Actor crowd(int head, String iso3) {
    Mention mention = span(head, head).orElseThrow();
    return add(mention.text(), ActorKind.GROUP, Optional.of(iso3), Optional.of("CVL"), List.of(mention),
        new Attribution(Optional.of("place"), Optional.of("crowd")), true);
  }

  /**
   * "the landlocked nation", "the former Soviet republic": a definite description of a state names
   * the state mentioned last before it, in this or the previous sentence.
   */
  private Optional<String> describedState(Graph graph, int head) {
    List<Token> tokens = doc.tokens();
    // "the Moldovan republic" names its own state; the adjective is read below.
    boolean named = graph.children(head, r -> r.equals("amod") || r.equals("compound"))
        .stream().anyMatch(c -> countryAt(c).isPresent());
    if (named || !knowledge.isA(tokens.get(head).lemma(), "state")
        || graph.children(head, "det").stream().noneMatch(d -> tokens.get(d).word().equalsIgnoreCase("the"))) {
      return Optional.empty();
    }
    // The closest sentence first; in it, a state named as such ("Mali") before one named only by
    // an adjective ("a French envoy"). A capital is a place here, not the state described.
    int sentence = tokens.get(head).sentence();
    for (int back = sentence; back >= Math.max(0, sentence - 1); back--) {
      Sentence s = doc.sentences().get(back);
      Optional<String> adjective = Optional.empty();
      for (int i = Math.min(head - 1, s.last()); i >= s.first(); i--) {
        Optional<CountryRef> ref = countryAt(i);
        if (ref.isEmpty() || ref.get().form() == CountryRef.Form.CAPITAL) {
          continue;
        }
        if (ref.get().form() != CountryRef.Form.ADJECTIVE) {
          return Optional.of(ref.get().country().iso3());
        }
        adjective = adjective.or(() -> Optional.of(ref.get().country().iso3()));
      }
      if (adjective.isPresent()) {
        return adjective;
      }
    }
    return Optional.empty();
  }

  /** "two opposition figures", "Kenya's foreign minister": a role noun, with a country if stated. */
  private Optional<Actor> roleActor(Graph graph, int head, Optional<String> countryHint, boolean create) {
    // "a general strike", "a former military officer": a role word used as an adjective names no one
    // of its own.
    return doc.tokens().get(head).isNoun() ? roleNounActor(graph, head, countryHint, create) : Optional.empty();
  }

  /** Whether the phrase is a role: "the police", "a former military officer". */
  boolean namesARole(Graph graph, int head) {
    return roleActor(graph, head, Optional.empty(), false).isPresent();
  }

  /** Whether {@link #roleOwner} would find an actor, without creating one. */
  boolean namesAnOwner(Graph graph, int modifier) {
    return roleNounActor(graph, modifier, Optional.empty(), false).isPresent();
  }

  /**
   * "separatist positions", "rebel-held towns": whose a thing is, named by a role word before it,
   * adjective or noun.
   */
  Optional<Actor> roleOwner(Graph graph, int modifier, Optional<String> countryHint) {
    return roleNounActor(graph, modifier, countryHint, true);
  }

  private Optional<Actor> roleNounActor(Graph graph, int head, Optional<String> countryHint, boolean create) {
    List<Token> tokens = doc.tokens();
    int from = doc.sentenceOf(tokens.get(head)).first();
    List<Token> upToHead = tokens.subList(from, head + 1);
    int end = upToHead.size();
    var match = knowledge.roles().longestEndingAt(upToHead, end, 4, t -> t.word().toLowerCase(Locale.ROOT))
        .or(() -> knowledge.roles().longestEndingAt(upToHead, end, 4, t -> t.lemma().toLowerCase(Locale.ROOT)));
    if (match.isPresent() && match.get().length() == 1 && knowledge.leadsAnotherGroup(tokens, head)) {
      // "the choir leader": someone, but no official of any side.
      Mention mention = span(head - 1, head).orElseThrow();
      ActorKind kind = tokens.get(head).pos().endsWith("S") ? ActorKind.GROUP : ActorKind.ANONYMOUS;
      return Optional.of(add(mention.text(), kind, Optional.empty(), Optional.empty(), List.of(mention),
          new Attribution(Optional.empty(), Optional.empty()), create));
    }
    // "opposition supporters", "separatist youths", "opposition groups": a role word in front of a
    // word for followers or a group says whose side they are on, before the follower word's own
    // role; "the media law" and "a police station" are things.
    boolean follower = knowledge.isA(tokens.get(head).lemma().toLowerCase(Locale.ROOT), "follower");
    List<Integer> modifiers = follower && (match.isEmpty() || match.get().start() == head - from)
        ? graph.children(head, r -> r.equals("compound") || r.equals("amod")) : List.of();
    for (int modifier : modifiers) {
      var side = knowledge.roles().longestEndingAt(List.of(tokens.get(modifier)), 1, 1,
          t -> t.lemma().toLowerCase(Locale.ROOT));
      if (side.isPresent()) {
        match = side;
        break;
      }
    }
    if (match.isEmpty()) {
      return follower ? followersOf(graph, head, create) : Optional.empty();
    }
    Role role = match.get().values().get(0);
    Optional<String> country = Optional.empty();
    String sector = match.get().length() == 1 ? knowledge.ledGroupSector(tokens, head).orElse(role.sector()) : role.sector();
    boolean international = false;
    Optional<String> bodyCode = Optional.empty();
    String rule = "title";
    int first = head;
    // "Kenyan police", "Kenya's police", "UN troops"; and "the leaders of Egypt's largest party".
    // "dissidents from Myanmar": where people come from is their country too.
    // "foreign governments", "Western envoys", "Latin American leaders": of no one state.
    boolean stateless = false;
    for (int child : graph.children(head, r -> PHRASE_RELATIONS.contains(r) || r.equals("nmod:of")
        || r.equals("nmod:from"))) {
      if (child < head) {
        first = Math.min(first, child);
      }
      if (child < head && (knowledge.namesNoOneState(tokens, child)
          || child > 0 && tokens.get(child).word().equals("American") && knowledge.namesNoOneState(tokens, child - 1))) {
        stateless = true;
        first = Math.min(first, tokens.get(child).word().equals("American") ? child - 1 : child);
        continue;
      }
      Optional<CountryRef> ref = countryAt(child);
      Optional<Actor> owner = mentions.actorAt(child).flatMap(this::byId);
      if (ref.isPresent()) {
        country = Optional.of(ref.get().country().iso3());
        rule = "title";
      } else if (owner.isPresent()) {
        country = owner.get().country();
        rule = "organisation";
        // Troops or officials of an international body are that body's, not a state's, and coded as it is.
        if (owner.get().country().isEmpty() && owner.get().sector().filter(sc -> !knowledge.isDomestic(sc)).isPresent()) {
          sector = owner.get().sector().get();
          international = true;
          bodyCode = owner.get().organizationCode();
        }
      } else {
        Optional<String> possessor = graph.children(child, "nmod:poss").stream().map(this::countryAt)
            .flatMap(Optional::stream).findFirst().map(r -> r.country().iso3());
        // "the mayor of Hebron", "the governor of the province of Kunduz": a named place, or one
        // the phrase's own "of" names, is in its state.
        Optional<String> placed = stateAt(child).or(() -> graph.children(child, "nmod:of").stream()
            .map(this::stateAt).flatMap(Optional::stream).findFirst());
        if (possessor.isPresent()) {
          country = possessor;
          rule = "title";
        } else if (placed.isPresent()) {
          country = placed;
          rule = "place";
        }
      }
    }
    if (stateless) {
      country = Optional.empty();
    } else if (country.isEmpty() && !international && knowledge.isDomestic(sector)) {
      // "rebel groups in Chad", "inmates in Haiti": people named by where they are, when the event
      // gives no country of its own, are of that place.
      Optional<String> where = countryHint.isPresent() || !tokens.get(head).pos().endsWith("S") ? Optional.empty()
          : graph.children(head, "nmod:in").stream().map(this::stateAt).flatMap(Optional::stream).findFirst();
      rule = countryHint.isPresent() ? "event" : where.isPresent() ? "place" : "main-country";
      country = countryHint.or(() -> where).or(() -> home);
    }
    for (int child : graph.children(head, r -> r.equals("nummod") || r.equals("amod"))) {
      first = Math.min(first, child);
    }
    boolean plural = tokens.get(head).pos().endsWith("S");
    ActorKind kind = role.kind() == Role.Kind.BODY ? ActorKind.ORGANIZATION
        : plural ? ActorKind.GROUP : ActorKind.ANONYMOUS;
    Mention mention = new Mention(tokens.get(first).start(), tokens.get(head).end(),
        doc.span(tokens.get(first).start(), tokens.get(head).end()));
    var attribution = new Attribution(country.isPresent() ? Optional.of(rule) : Optional.empty(),
        Optional.of(international ? "organisation" : "role"));
    return Optional.of(add(mention.text(), kind, country, Optional.of(sector), List.of(mention), attribution,
        bodyCode, create));
  }


  /**
   * "supporters of the former president", "followers of the cleric": people named by whom they
   * follow are of that someone's state, and on the opposition's side when that someone is out of
   * power; else they are civilians.
   */
  private Optional<Actor> followersOf(Graph graph, int head, boolean create) {
    List<Token> tokens = doc.tokens();
    for (int child : graph.children(head, "nmod:of")) {
      Optional<Actor> leader = mentions.actorAt(child).flatMap(this::byId).filter(a -> a.country().isPresent());
      if (leader.isEmpty()) {
        continue;
      }
      String side = leader.get().sector().map(knowledge::followersOf).orElse("CVL");
      Mention mention = span(head, head).orElseThrow();
      ActorKind kind = tokens.get(head).pos().endsWith("S") ? ActorKind.GROUP : ActorKind.ANONYMOUS;
      return Optional.of(add(mention.text(), kind, leader.get().country(), Optional.of(side), List.of(mention),
          new Attribution(Optional.of("organisation"), Optional.of("organisation")), create));
    }
    return Optional.empty();
  }

  /** The state a token names: a country, its capital or demonym, or a place inside it ("exercises in Alaska" → USA). */
  private Optional<String> stateAt(int index) {
    return countryAt(index).map(ref -> ref.country().iso3()).or(() -> placeCountryAt(index));
  }

  /** A named place stands for its country, as in CAMEO coding. */
  private Optional<String> placeCountryAt(int index) {
    // "of" inside "the Bay of Bengal" is tagged as part of the location, and a town in Turkey is called Of.
    if (!doc.tokens().get(index).ner().equals("LOCATION") || !doc.tokens().get(index).isCapitalised()) {
      return Optional.empty();
    }
    return covering(knowledge.places(), index, true).flatMap(Knowledge::bestCountry);
  }

  private Optional<CountryRef> countryAt(int index) {
    if (!doc.tokens().get(index).isCapitalised()) {
      return Optional.empty();
    }
    return covering(knowledge.countryRefs(), index, false).map(values -> values.get(0));
  }

  /** The values of the longest phrase of {@code index} that covers the token (phrases of up to 4 words). */
  private <T> Optional<List<T>> covering(PhraseIndex<T> phrases, int index, boolean wholeName) {
    List<Token> tokens = doc.tokens();
    for (int start = Math.max(0, index - 5); start <= index; start++) {
      var m = phrases.longestAt(tokens, start, Token::word);
      if (m.isPresent() && m.get().end() > index && !(wholeName && Knowledge.startsALongerName(tokens, m.get().end()))
          && !knowledge.namesAFeature(tokens, start)) {
        return Optional.of(m.get().values());
      }
    }
    return Optional.empty();
  }

  private Optional<Mention> span(int first, int last) {
    List<Token> tokens = doc.tokens();
    int start = tokens.get(first).start();
    int end = tokens.get(last).end();
    return Optional.of(new Mention(start, end, doc.span(start, end)));
  }

  private Actor countryActor(String iso3, Optional<Mention> mention, boolean create) {
    return actors.stream()
        .filter(a -> a.kind() == ActorKind.COUNTRY && a.country().equals(Optional.of(iso3)) && a.sector().isEmpty())
        .findFirst()
        .orElseGet(() -> add(knowledge.country(iso3).map(c -> c.name()).orElse(iso3), ActorKind.COUNTRY,
            Optional.of(iso3), Optional.empty(), mention.stream().toList(),
            new Attribution(Optional.of("name"), Optional.empty()), create));
  }

  private Actor add(String name, ActorKind kind, Optional<String> country, Optional<String> sector,
      List<Mention> mentions, Attribution attribution, boolean create) {
    return add(name, kind, country, sector, mentions, attribution, Optional.empty(), create);
  }

  private Actor add(String name, ActorKind kind, Optional<String> country, Optional<String> sector,
      List<Mention> mentions, Attribution attribution, Optional<String> bodyCode, boolean create) {
    var actor = new Actor("a" + (actors.size() + 1), name, kind, country, sector, Optional.empty(), mentions,
        attribution, bodyCode);
    if (!create) {
      return actor;
    }
    actors.add(actor);
    this.mentions.add(actor);
    return actor;
  }

}
