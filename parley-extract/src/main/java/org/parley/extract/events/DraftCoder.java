package org.parley.extract.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.core.record.Actor;
import org.parley.core.record.ActorKind;
import org.parley.core.record.Location;
import org.parley.core.record.Mention;
import org.parley.core.record.Modality;
import org.parley.core.text.Sentence;
import org.parley.core.text.Token;
import org.parley.core.time.TimeValue;
import org.parley.extract.syntax.Graph;

/**
 * Turns a frame into coded events: resolves its sources and targets to actors (with the fallbacks
 * for unnamed sides), and gives each event its code, modality, date, place and confidence.
 */
final class DraftCoder extends CodingPass {
  /** Intents, consultations and cooperation, which two sides named together have with each other. */
  private static final Set<String> MUTUAL_ROOTS = Set.of("03", "04", "06");
  /** Acts whose target may be a thing that says whose it is: praise, inquiry, blame, refusal, force. */
  private static final Set<String> THING_OWNER_ROOTS = Set.of("05", "09", "11", "12", "17", "18", "19", "20");
  /** What says whose a thing is, most telling first: "by rebels", "Chad's", "rebel", "of Chad", "in Chad". */
  private static final List<String> THING_OWNER_RELATIONS = List.of(
      "nmod:by", "nmod:poss", "compound", "amod", "nmod:of", "nmod:in", "nmod:with", "nmod:against", "nmod:on");
  /** Assaults, fighting and mass violence: the acts an unnamed attacker is coded for. */
  private static final Set<String> ATTACK_ROOTS = Set.of("18", "19", "20");
  /** Phrases on an attack's verb that name its weapon: "killed in an air strike", "hit by shells". */
  private static final Set<String> INSTRUMENT_RELATIONS = Set.of("obl:in", "obl:by", "obl:agent", "obl:with");
  private static final String VISIT = "042";
  /** Armed sectors whose "attacks" are as often words: governments and international bodies. */
  private static final Set<String> WORDS_TOO = Set.of("GOV", "IGO");
  /** How a charge hangs on the verb of accusing: "accused X of V-ing", "arrested X for V-ing". */
  private static final Set<String> CHARGE_RELATIONS = Set.of("advcl:of", "advcl:for", "obl:of", "obl:for", "acl:of",
      "nmod:of");
  /** Nouns of an act's stance towards someone: "in defiance of X", "in protest against X". */
  private static final Set<String> DEFIANCE = Set.of("defiance", "protest", "opposition", "response", "retaliation");
  private static final Set<String> REPORTED_PRONOUNS = Set.of("they", "we", "it", "he", "she");
  private static final String PEACEKEEPING = "074";
  /**
   * Curfews, states of emergency, martial law and blockades, which fall on a whole population (a
   * ban on a march falls on its marchers, whom the text names or not).
   */
  private static final Set<String> IMPOSED_ON_PEOPLE = Set.of("1723", "1724", "191");
  /** Of those, the ones a state imposes on its own people when the text names no place. */
  private static final Set<String> IMPOSED_AT_HOME = Set.of("1723", "1724");
  /** Demobilizing and withdrawing forces: in an agentless passive, done by the forces' own side. */
  private static final Set<String> SELF_DONE = Set.of("demobilize", "demobilise", "withdraw");
  private static final String DENIAL = "016";
  private static final Set<String> DEFINITE_DETERMINERS = Set.of("the", "this", "these", "that", "those");
  /** How far back an act a definite event noun repeats may have been told. */
  private static final int REPEAT_LOOKBACK_SENTENCES = 3;

  private final ContextTargets context;

  DraftCoder(CodingState state) {
    super(state);
    this.context = new ContextTargets(state);
  }

  void code(Graph graph, Sentence s, FrameMatch m) {
    TriggerPattern p = m.pattern();
    boolean attack = ATTACK_ROOTS.contains(p.cameo().substring(0, 2));
    if (attack && byMishap(graph, m) || charged(graph, m.trigger())) {
      return;
    }
    List<Actor> sources = actors(graph, m.sources(), Optional.empty(), p.symmetric());
    Optional<String> sourceCountry = sources.stream().flatMap(a -> a.country().stream()).findFirst();
    // The state of the place the clause names, which several rules below fall back on.
    Optional<String> placeCountry = locationInClause(EventDater.clause(graph, m.clauseRoots())).flatMap(Location::country);
    // "Rebels shelled Kadugli, killing six": the harm an act did falls where the act fell, and is
    // part of that act's event when the act was coded as an attack ("raided a village, killing
    // twelve" is a raid and an attack).
    Optional<Integer> act = attack ? actOfHarm(graph, m.trigger()) : Optional.empty();
    if (act.isPresent() && drafts.stream().anyMatch(d -> d.trigger().start() == tokens.get(act.get()).start()
        && ATTACK_ROOTS.contains(d.cameo().substring(0, 2)))) {
      return;
    }
    Optional<String> struck = act.flatMap(a -> whereActFell(graph, a));
    // "Chadian strikes on Darfur killed twelve civilians": those an attack hits are, unless said
    // otherwise, of the place where it hit, not of the attacker's state.
    Optional<String> hint = attack ? struck.or(() -> placeCountry).or(() -> sourceCountry) : sourceCountry;
    List<Actor> targets = new ArrayList<>();
    for (int phrase : m.targets()) {
      // "attacked a Nigerian army base": a thing's owner says more than the state its adjective names.
      List<Actor> owner = THING_OWNER_ROOTS.contains(p.cameo().substring(0, 2)) && thing(graph, phrase)
          ? ownerOfThing(graph, List.of(phrase), sources, hint) : List.of();
      for (Actor a : owner.isEmpty() ? targetActors(graph, phrase, hint, p) : owner) {
        if (targets.stream().noneMatch(t -> t.id().equals(a.id()))) {
          targets.add(a);
        }
      }
    }
    // A state is not the place of its own act ("Gabon threatened raids in Gabon"); its rebels
    // attacking its capital are another side.
    Set<String> own = new HashSet<>();
    sources.stream().filter(a -> a.sector().isEmpty()).forEach(a -> a.country().ifPresent(own::add));
    // "Japan postponed the prime minister's visit to Seoul": the state's own government named in the
    // phrase is the state itself, not whom its act reaches, when the phrase names someone else too.
    List<Actor> others = targets.stream()
        .filter(t -> !(t.country().filter(own::contains).isPresent() && t.sector().filter("GOV"::equals).isPresent()))
        .toList();
    if (!others.isEmpty() && others.size() < targets.size()) {
      targets = new ArrayList<>(others);
    }
    if (targets.isEmpty() && THING_OWNER_ROOTS.contains(p.cameo().substring(0, 2))) {
      List<Integer> things = new ArrayList<>(m.targets().isEmpty() ? m.unresolved() : m.targets());
      things.addAll(m.words());
      targets = ownerOfThing(graph, things, sources, hint);
    }
    // "used tear gas to disperse the marchers", "deployed troops to guard the border with X": force
    // whose purpose clause names whom it acts on is aimed at them.
    if (targets.isEmpty() && Integer.parseInt(p.cameo().substring(0, 2)) >= 14) {
      targets = purposeTargets(graph, m, hint);
    }
    // Where two sides agree or meet is no side of theirs ("agreed to a ceasefire in Jeddah"); of
    // intents, only a promise of aid or of a visit reaches a place ("pledged aid to villages in X",
    // "will send a team to X").
    boolean placeable = TARGET_BY_PLACE_ROOTS.contains(p.cameo().substring(0, 2)) && !p.symmetric()
        && (!p.cameo().startsWith("03") || p.cameo().startsWith("033") || p.cameo().startsWith("036"));
    if (targets.isEmpty() && placeable) {
      for (int phrase : m.targets().isEmpty() ? m.unresolved() : m.targets()) {
        targets = resolver.countryWithin(graph, phrase, own).stream().toList();
        if (!targets.isEmpty()) {
          break;
        }
      }
    }
    // "struck targets in Lebanon", "shelled positions near Kharkiv": force against things whose
    // owner the text does not name reaches the state where it fell, when that is not the attacker's.
    List<Integer> struckThings = m.unresolved().isEmpty() ? m.words() : m.unresolved();
    if (targets.isEmpty() && attack && !p.noun() && !struckThings.isEmpty()
        && struckThings.stream().allMatch(t -> thing(graph, t))) {
      targets = placeCountry.filter(iso3 -> !iso3.equals(sourceCountry.orElse(""))).map(resolver::state).stream().toList();
    }
    // "Activists protested in Beijing": a protest is aimed at the state where it is held, as
    // both the PETRARCH and the PLOVER coders code it.
    // "rallied outside the Turkish embassy": a protest at a state's mission abroad is aimed at that state.
    if (targets.isEmpty() && p.cameo().startsWith("14")) {
      targets = graph.children(m.trigger(), r -> r.startsWith("obl")).stream()
          .filter(phrase -> knowledge.isA(lemma(phrase), "mission"))
          .flatMap(phrase -> resolver.countryWithin(graph, phrase, Set.of()).stream()).limit(1).toList();
    }
    if (targets.isEmpty() && p.cameo().startsWith("14")) {
      targets = placeCountry.filter(iso3 -> !own.contains(iso3)).map(resolver::state).stream().toList();
    }
    boolean inferredSource = false;
    boolean inferredTarget = false;
    if (p.reversed()) {
      List<Actor> receivers = sources;
      sources = targets;
      targets = receivers;
    }
    // "Chile and Peru pledged to deepen cooperation": sides that promise, consult or cooperate
    // together with no one else named do so with each other.
    boolean together = p.symmetric() || MUTUAL_ROOTS.contains(p.cameo().substring(0, 2));
    // (A converted bare verb says too little for that: "Chile and Peru called for calm" is no call
    // between them.)
    boolean saysEnough = p.curated() || !p.requirements().isEmpty();
    if (together && saysEnough && targets.isEmpty() && sources.size() >= 2) {
      // "The US, Russia and Switzerland met": every pair met.
      for (int i = 0; i + 1 < sources.size(); i++) {
        for (int j = i + 1; j < sources.size(); j++) {
          addDrafts(graph, s, m, List.of(sources.get(i)), List.of(sources.get(j)), false, false);
        }
      }
      return;
    } else if (p.symmetric() && p.noun() && targets.size() >= 2) {
      // "talks between Xi and Biden": both sides are named; whoever expects the talks is not one.
      // ("Xi met Biden and Lula" is Xi's meeting with each.)
      sources = List.of(targets.get(0));
      targets = List.of(targets.get(1));
    }
    if (sources.isEmpty() && SELF_DONE.contains(lemma(m.trigger())) && m.passive() && !targets.isEmpty()) {
      // "Chadian troops were withdrawn", "the fighters were demobilized": with no one else named,
      // their own side withdrew or stood them down. ("The militia was disarmed" says someone else did.)
      sources = targets;
      targets = List.of();
    }
    if (sources.isEmpty() && p.noun()) {
      List<Actor> named = targets;
      sources = complainedOf(graph, m.trigger()).filter(a -> named.stream().noneMatch(t -> t.id().equals(a.id())))
          .stream().toList();
      inferredSource = !sources.isEmpty();
    }
    // "The detentions broke an accord", "the raid drew protests": a definite event noun with no doer
    // of its own names an act the story has just told, not another one.
    if (sources.isEmpty() && p.noun() && definite(graph, m.trigger())
        && latestDraft(s.index(), REPEAT_LOOKBACK_SENTENCES, d -> d.root().equals(p.cameo().substring(0, 2))
            && d.sentence() < s.index()).isPresent()) {
      return;
    }
    if (sources.isEmpty() && p.implicitSector().isPresent() && (p.noun() || m.passive())) {
      // "a Canadian was arrested in Lebanon": by the police of where it happened, else of whom it hit.
      Optional<String> hitCountry = targets.stream().flatMap(a -> a.country().stream()).findFirst();
      Optional<String> country = placeCountry.or(() -> hitCountry);
      sources = resolver.implicitAgent(country, p.implicitSector().get()).stream().toList();
      inferredSource = true;
    }
    // "an attack on Senator X" with no attacker named is most often words, not force: a noun of
    // attack aimed only at people by name infers no attacker.
    boolean verbalAttack = p.noun() && targets.stream().allMatch(t -> t.kind() == ActorKind.PERSON);
    if (sources.isEmpty() && attack && !targets.isEmpty() && !verbalAttack
        && m.sources().stream().noneMatch(src -> couldBeParty(tokens.get(src)))) {
      sources = unnamedAttacker(graph, m).stream().toList();
      inferredSource = !sources.isEmpty();
    }
    if (sources.isEmpty() && p.cameo().startsWith("14") && !m.sources().isEmpty()
        && m.sources().stream().allMatch(src -> counted(graph, src))) {
      int crowd = m.sources().get(0);
      sources = placeCountry.map(iso3 -> resolver.crowd(crowd, iso3)).stream().toList();
      inferredSource = !sources.isEmpty();
    }
    if (sources.isEmpty()) {
      return;
    }
    // "the union called off its four-day strike": a noun of force with no target in its own phrase
    // is an attack only when its doer bears arms; workers and civilians strike by stopping work.
    if (p.noun() && attack && m.targets().isEmpty()
        && sources.stream().noneMatch(this::armed)) {
      return;
    }
    int root = Integer.parseInt(p.cameo().substring(0, 2));
    // "Beijing rejected the accusation": a denial answers whoever accused that side last.
    if (targets.isEmpty() && p.cameo().equals(DENIAL)) {
      targets = context.accuserOf(s, sources.get(0)).stream().toList();
      inferredTarget = !targets.isEmpty();
    }
    // "The government rejected the demand": a refusal with no one named answers whoever asked,
    // offered or demanded something of the refusing side just before.
    if (targets.isEmpty() && root == 12) {
      targets = context.askerOf(s, sources.get(0)).stream().toList();
      inferredTarget = !targets.isEmpty();
    }
    // A target the clause names but no actor stands for ("its agents had been barred", "suspended
    // talks with the faction") is not the side the story spoke of last.
    boolean namedTarget = m.unresolved().stream()
        .anyMatch(t -> tokens.get(t).isNoun() && !m.words().contains(t));
    if (targets.isEmpty() && !namedTarget && !p.targetless() && root >= 9) {
      targets = context.targetFromContext(s, sources.get(0)).stream().toList();
      inferredTarget = !targets.isEmpty();
    }
    // "imposed a curfew in Ndola", "declared martial law", "reimposed a blockade in the Gaza Strip":
    // with no one named, it falls on the people of the place it covers; a curfew or a state of
    // emergency with no place named falls on the state's own people, a blockade on no one the text says.
    if (targets.isEmpty() && IMPOSED_ON_PEOPLE.contains(p.cameo())) {
      Optional<String> home = IMPOSED_AT_HOME.contains(p.cameo()) ? sources.get(0).country() : Optional.empty();
      targets = placeCountry.or(() -> home).map(resolver::people).stream().toList();
      inferredTarget = !targets.isEmpty();
    }
    // A bare verb or noun says too little without its target; a phrase it was matched with ("began
    // a hunger strike", "recalled its ambassador") says what happened even when the target is unnamed.
    // A converted pattern without its target was right about the event type one time in five on
    // the PLOVER dev half; a curated one with a required phrase, seven in ten. Protests and shows
    // of force (roots 14, 15) often have no target the text names, and are kept.
    boolean standsAlone = p.curated() || root == 14 || root == 15;
    boolean protestOrShowOfForce = root == 14 || root == 15;
    // "agreed to postpone the march", "refused to resign", "threatened to resume the raids": an
    // intent, a refusal or a threat says what it is about in its complement clause, whoever it is
    // aimed at.
    boolean aboutAnAct = p.curated() && (root == 3 || root == 12 || root == 13)
        && !ComplementRules.complementHeads(graph, m).isEmpty();
    // "Rebels attacked an aid convoy": force by fighters against a thing whose owner the text does
    // not name is still an attack. (A state or a government "attacking" a thing is as often words:
    // "Peru attacked the tax".)
    boolean armedAgainstAThing = attack && !p.noun()
        && !m.unresolved().isEmpty() && m.unresolved().stream().allMatch(t -> thing(graph, t))
        && sources.stream().allMatch(a -> a.sector().filter(sec -> knowledge.isArmed(sec) && !WORDS_TOO.contains(sec)).isPresent());
    if (targets.isEmpty() && !p.targetless() && !aboutAnAct && !protestOrShowOfForce && !armedAgainstAThing
        && (p.requirements().isEmpty() || !standsAlone)) {
      return;
    }
    // "The opposition rejected the results", "rebels vowed to fight on", "the minister refused to
    // resign", "nurses went on strike": an appeal, promise, concession, demand, charge, refusal,
    // threat or protest by a state's own people or officials, with no one else named, is aimed at
    // that state, as the PLOVER coders code it.
    // ("Chad's minister called for a ceasefire in Darfur" is aimed at Sudan, where the clause says
    // it applies.)
    if (targets.isEmpty() && AT_OWN_STATE_ROOTS.contains(root) && ownPeople(sources.get(0))) {
      String home = sources.get(0).country().get();
      targets = List.of(resolver.state(placeCountry.filter(iso3 -> !iso3.equals(home)).orElse(home)));
      inferredTarget = true;
    }
    addDrafts(graph, s, m, sources, targets, inferredSource, inferredTarget);
  }

  private static final Set<Integer> AT_OWN_STATE_ROOTS = Set.of(2, 3, 8, 10, 11, 12, 13, 14);

  /**
   * An actor of a state in some role: its officials, its groups. (A nationality alone, "Nigerians",
   * has the state's own code, so the state is no other side for it.)
   */
  private static boolean ownPeople(Actor actor) {
    return actor.kind() != ActorKind.COUNTRY && actor.country().isPresent() && actor.sector().isPresent();
  }

  /**
   * "lodged a protest with Peru over the detention of a Chilean reporter", "condemned Chad over
   * the expulsion of ...": an act a complaint, demand, refusal, threat or cut in relations is about,
   * with no doer of its own, was done by whom that complaint is aimed at.
   */
  private Optional<Actor> complainedOf(Graph graph, int trigger) {
    var about = graph.head(trigger).filter(h -> ABOUT_RELATIONS.contains(h.relation()));
    if (about.isEmpty()) {
      return Optional.empty();
    }
    int node = about.get().governor();
    for (int step = 0; step < 2; step++) {
      int at = tokens.get(node).start();
      Optional<EventDraft> complaint = latestDraft(tokens.get(node).sentence(), 0, d -> d.trigger().start() <= at
          && at < d.trigger().end() && COMPLAINT_ROOTS.contains(d.root()) && d.target().isPresent());
      if (complaint.isPresent()) {
        // "summoned Chad's ambassador over ...": an envoy answers for his state's act.
        Actor aimedAt = complaint.get().target().get();
        boolean someone = aimedAt.kind() == ActorKind.PERSON || aimedAt.kind() == ActorKind.ANONYMOUS;
        return someone ? aimedAt.country().map(resolver::state) : Optional.of(aimedAt);
      }
      // "issued a protest to Peru over ...": the complaint's noun is its verb's object.
      var holder = graph.head(node).filter(h -> Graph.base(h.relation()).equals("obj"));
      if (holder.isEmpty()) {
        break;
      }
      node = holder.get().governor();
    }
    return Optional.empty();
  }

  private static final Set<String> ABOUT_RELATIONS = Set.of("nmod:over", "obl:over", "nmod:about", "obl:about",
      "nmod:for", "obl:for");
  private static final Set<String> COMPLAINT_ROOTS = Set.of("10", "11", "12", "13", "16");

  /** The state an act's object or place phrase names, else the state of a place its clause names. */
  private Optional<String> whereActFell(Graph graph, int act) {
    return graph.children(act, r -> r.equals("obj") || r.startsWith("obl")).stream()
        .map(side -> resolver.stateNamedWithin(graph, side)).flatMap(Optional::stream).findFirst()
        .or(() -> locationInClause(EventDater.clause(graph, List.of(act))).flatMap(Location::country));
  }

  /**
   * "shelled rebel positions", "bombed Tigrayan towns", "condemned the coup in Niger": praise,
   * blame, refusal and force aimed at a thing are aimed at whose it is, or where it happened. An
   * owner the text gives no country ("rebel positions near Aleppo") takes {@code hint}'s.
   */
  List<Actor> ownerOfThing(Graph graph, List<Integer> phrases, List<Actor> sources, Optional<String> hint) {
    for (int phrase : phrases) {
      for (String relation : THING_OWNER_RELATIONS) {
        for (int owner : graph.children(phrase, relation)) {
          // A role word before an act ("a military offensive", "a rebel raid") names its doer.
          Optional<Actor> actor = resolver.resolvable(graph, owner) ? resolver.resolve(graph, owner, hint)
              : relation.equals("amod") && thing(graph, phrase) && !namesAnAct(phrase)
                  ? resolver.roleOwner(graph, owner, hint) : Optional.empty();
          if (actor.isPresent() && sources.stream().noneMatch(src -> src.id().equals(actor.get().id()))) {
            return List.of(actor.get());
          }
        }
      }
    }
    return List.of();
  }

  private boolean definite(Graph graph, int noun) {
    return graph.children(noun, "det").stream()
        .anyMatch(d -> DEFINITE_DETERMINERS.contains(tokens.get(d).word().toLowerCase(java.util.Locale.ROOT)));
  }

  private boolean namesAnAct(int token) {
    return patterns.candidates(tokens.get(token)).stream().anyMatch(TriggerPattern::noun);
  }

  /** Whom the trigger's purpose clause ("to disperse the protesters") or stance ("in defiance of X") acts on. */
  List<Actor> purposeTargets(Graph graph, FrameMatch m, Optional<String> hint) {
    for (int purpose : graph.children(m.trigger(), r -> r.equals("advcl:to") || r.equals("xcomp")
        || Graph.base(r).equals("advcl"))) {
      if (graph.children(purpose, "mark").stream().noneMatch(mk -> lemma(mk).equals("to"))) {
        continue;
      }
      for (int object : graph.children(purpose, "obj")) {
        if (resolver.resolvable(graph, object)) {
          return resolver.resolve(graph, object, hint).stream().toList();
        }
        // "to show their anger at Chile's policies": a side named inside what the purpose is about.
        List<Actor> named = sideNamedWithin(graph, object, hint);
        if (!named.isEmpty()) {
          return named;
        }
      }
    }
    // "blocked streets in defiance of the Chilean authorities", "marched in protest at Chile's
    // decision": what the act defies or protests against.
    for (int stance : graph.children(m.trigger(), r -> r.equals("obl:in"))) {
      List<Actor> named = DEFIANCE.contains(lemma(stance)) ? sideNamedWithin(graph, stance, hint) : List.of();
      if (!named.isEmpty()) {
        return named;
      }
    }
    return List.of();
  }

  private List<Actor> sideNamedWithin(Graph graph, int node, Optional<String> hint) {
    return namedWithin(graph, node, 3).flatMap(named -> resolver.resolve(graph, named, hint)).stream().toList();
  }

  /** The first side named below {@code node} by a name or a role noun, through noun phrases only. */
  Optional<Integer> namedWithin(Graph graph, int node, int depth) {
    if (depth == 0) {
      return Optional.empty();
    }
    for (var dependency : graph.children(node)) {
      String relation = dependency.relation();
      int child = dependency.dependent();
      boolean phrase = relation.startsWith("nmod");
      if (!phrase && !relation.equals("amod") && !relation.equals("compound")) {
        continue;
      }
      // "in defiance of the authorities" names them; "more police patrols" are patrols, not police.
      boolean names = tokens.get(child).isCapitalised() || phrase && resolver.namesARole(graph, child);
      if (names && resolver.resolvable(graph, child)) {
        return Optional.of(child);
      }
      Optional<Integer> below = namedWithin(graph, child, depth - 1);
      if (below.isPresent()) {
        return below;
      }
    }
    return Optional.empty();
  }

  /** The head of the IMF and NATO's chief share the code IGO and are still two sides. */
  boolean twoBodiesWithoutAState(Actor a, Actor b) {
    return a.country().isEmpty() && b.country().isEmpty() && !a.name().equalsIgnoreCase(b.name());
  }

  /** A common noun that names no one: "the base", "the decision", not "the police" or "Chad". */
  boolean thing(Graph graph, int head) {
    Token t = tokens.get(head);
    return t.isNoun() && !t.pos().startsWith("NNP") && t.ner().equals("O") && !mentions.has(head)
        && !resolver.namesARole(graph, head);
  }

  /** "Thousands", "some 2,000", "a crowd": people counted but not said to be anyone's. */
  boolean counted(Graph graph, int head) {
    Token t = tokens.get(head);
    return (t.pos().equals("CD") || knowledge.isA(lemma(head), "part")) && !graph.hasChild(head, "nmod:of");
  }

  /**
   * "Five soldiers were killed in Chadian air strikes", "a car bomb killed three officers in Kabul":
   * an attack whose doer is not named is the side its weapon is described as (an adjective or a
   * "by" phrase on the bomb, the shelling, the raid), else, by the convention PETRARCH's and
   * PLOVER's coders share, the state where it happened.
   */
  Optional<Actor> unnamedAttacker(Graph graph, FrameMatch m) {
    List<Integer> instruments = new ArrayList<>(m.sources());
    instruments.addAll(graph.children(m.trigger(), r -> INSTRUMENT_RELATIONS.contains(r)));
    for (int instrument : instruments) {
      for (int side : graph.children(instrument, r -> r.equals("amod") || r.equals("nmod:by")
          || r.equals("nmod:poss") || r.equals("compound"))) {
        if (resolver.resolvable(graph, side)) {
          return resolver.resolve(graph, side, Optional.empty());
        }
      }
    }
    // "a bomb near Kandahar killed ...": where the weapon was is where the attack happened.
    Set<Integer> where = new HashSet<>(EventDater.clause(graph, m.clauseRoots()));
    instruments.forEach(i -> ComplementRules.subtree(graph, i, where));
    Optional<String> place = locationInClause(where).flatMap(Location::country);
    // "killed in a militant ambush", "died in a rebel raid": a role word before the attack says
    // whose it was, of the place where it happened.
    for (int instrument : instruments) {
      for (int side : graph.children(instrument, "amod")) {
        Optional<Actor> owner = tokens.get(side).isCapitalised() ? Optional.empty() : resolver.roleOwner(graph, side, place);
        if (owner.isPresent() && owner.get().sector().filter(knowledge::isArmed).isPresent()) {
          return owner;
        }
      }
    }
    return place.map(resolver::state);
  }

  void addDrafts(Graph graph, Sentence s, FrameMatch m, List<Actor> sources, List<Actor> targets,
      boolean inferredSource, boolean inferredTarget) {
    TriggerPattern p = m.pattern();
    Set<Integer> clause = EventDater.clause(graph, m.clauseRoots());
    ModalityJudge.Reading reading = modality.read(doc, graph, m.trigger(), m.clauseRoots());
    // "said it would not release the prisoners": a declared refusal, which CAMEO codes under 12
    // by what is refused; the refusal itself is reported as made.
    String refusedCode = IntentCodes.REFUSED.get(p.cameo().substring(0, 2));
    boolean refusal = reading.refused() && refusedCode != null;
    String code = refusal ? refusedCode : p.cameo();
    // "wants to help Laos", "is ready to attack": a wish to cooperate is an intent (03), a wish to
    // use force a threat (13), as the CAMEO codebook codes them.
    if (!refusal && reading.modality() != Modality.NEGATED && wished(graph, m.trigger())) {
      String root2 = code.substring(0, 2);
      code = IntentCodes.THREATENED.containsKey(root2) ? IntentCodes.THREATENED.get(root2)
          : IntentCodes.forPlanned(code);
    }
    // "will boycott the vote unless the president resigns": a hostile act announced on a
    // condition is a threat, and the threat itself was made.
    boolean conditionalThreat = !refusal && IntentCodes.THREATENED.containsKey(code.substring(0, 2))
        && reading.modality() != Modality.NEGATED && onCondition(graph, m.trigger());
    if (conditionalThreat) {
      code = IntentCodes.THREATENED.get(code.substring(0, 2));
    }
    // "peacekeepers arrived in Haiti", "troops arrived in the capital": a force that arrives is
    // deployed, not on a visit; peacekeepers come to protect (074).
    if (code.equals(VISIT)) {
      if (peacekeepers(graph, m)) {
        code = PEACEKEEPING;
      } else if (sources.stream().anyMatch(a -> a.sector().equals(Optional.of("MIL")) && a.kind() != ActorKind.PERSON)) {
        return;
      }
    }
    Modality judged = refusal || conditionalThreat ? Modality.ASSERTED : reading.modality();
    int after = m.object().filter(o -> o > m.trigger()).orElse(m.trigger());
    var stated = dater.inClause(clause)
        .or(() -> m.sources().stream().filter(src -> src < m.trigger()).findFirst()
            .flatMap(src -> dater.between(graph, src, m.trigger(), m.trigger())))
        .or(() -> dater.between(graph, after, after + 3, m.trigger()))
        .or(() -> dater.fronted(graph, m.trigger()));
    if (judged == Modality.ASSERTED) {
      stated.ifPresent(dater::statedForEvent);
    }
    var dated = stated.or(() -> judged == Modality.ASSERTED ? dater.fromContext(s) : Optional.empty());
    Modality mod = judged;
    if (mod == Modality.ASSERTED && dated.isPresent() && dated.get().value() instanceof TimeValue.Day day
        && day.date().isAfter(doc.date())) {
      mod = Modality.PLANNED;
    }
    Optional<Location> location = location(clause);
    Mention trigger = triggerMention(m);
    String evidence = doc.span(s.start(), s.end());
    boolean missingTarget = targets.isEmpty() && !p.targetless();
    // Calibrated on the PLOVER dev half (type precision by kind of match; see docs/EVENTS.md).
    double confidence = (p.curated() ? 0.85 : 0.75) - (missingTarget ? 0.15 : 0) - (p.noun() ? 0.1 : 0)
        - (inferredSource ? 0.2 : 0) - (inferredTarget ? 0.25 : 0);
    for (Actor source : sources) {
      List<Optional<Actor>> ends = targets.isEmpty() ? List.of(Optional.empty())
          : targets.stream().map(Optional::of).toList();
      for (Optional<Actor> target : ends) {
        // An event needs a coded source; one whose two sides carry the same code says nothing
        // a coder could use (the US administration imposing sanctions on "the US").
        if (source.code().isEmpty() || target.isPresent() && (target.get().id().equals(source.id())
            || target.get().code().isPresent() && target.get().code().equals(source.code())
                && !twoBodiesWithoutAState(source, target.get()))) {
          continue;
        }
        drafts.add(new EventDraft(p, mod == Modality.PLANNED ? IntentCodes.forPlanned(code) : code,
            source, target, mod,
            dated.map(EventDater.Dated::value), dated.map(d -> d.mention().text()), stated.isEmpty(),
            location, s.index(), trigger, evidence, confidence));
        // "Peru and Chile met": both sides did it, and CAMEO's coders code each side's act (not when
        // the code became a refusal or a wish of the source's alone, nor when it did not happen:
        // "Nepal did not meet Bhutan" may be Nepal's choice alone).
        // Nor when the target is only inferred: a side the text does not name did nothing.
        Optional<String> reverse = code.equals(p.cameo()) && mod != Modality.NEGATED && !inferredTarget
            ? p.reciprocal() : Optional.empty();
        if (reverse.isPresent() && target.isPresent() && target.get().code().isPresent()) {
          drafts.add(new EventDraft(p, mod == Modality.PLANNED ? IntentCodes.forPlanned(reverse.get()) : reverse.get(),
              target.get(), Optional.of(source), mod,
              dated.map(EventDater.Dated::value), dated.map(d -> d.mention().text()), stated.isEmpty(),
              location, s.index(), trigger, evidence, confidence));
        }
      }
    }
  }

  /**
   * "Floods killed forty people", "were killed in a bus crash", "victims of the earthquake": deaths
   * caused by an accident, a disaster or a disease (word class {@code mishap}) are no one's attack.
   */
  boolean byMishap(Graph graph, FrameMatch m) {
    List<Integer> causes = new ArrayList<>(m.sources());
    causes.addAll(graph.children(m.trigger(), r -> INSTRUMENT_RELATIONS.contains(r) || r.equals("obl:agent")
        || r.equals("obl:from") || r.equals("nsubj")));
    return causes.stream().anyMatch(c -> knowledge.isA(lemma(c), "mishap"));
  }

  /**
   * "accused Chad of shelling the border", "arrested two men for attacking a bus": what someone is
   * accused, charged or punished for is alleged, and the accusation or arrest is the event coded.
   */
  boolean charged(Graph graph, int trigger) {
    var head = graph.head(trigger).filter(h -> CHARGE_RELATIONS.contains(h.relation()) && h.governor() >= 0);
    if (head.isEmpty()) {
      return false;
    }
    int holder = head.get().governor();
    // "accused the rebels of attacks": the charge may hang on the accused rather than on the verb.
    if (head.get().relation().equals("nmod:of")) {
      holder = graph.head(holder).filter(h -> h.relation().equals("obj")).map(h -> h.governor()).orElse(-1);
    }
    return holder >= 0 && knowledge.isA(lemma(holder), "charging");
  }

  /** A state, or an actor of a sector that bears arms (sectors.tsv). */
  private boolean armed(Actor actor) {
    return actor.kind() == ActorKind.COUNTRY && actor.sector().isEmpty()
        || actor.sector().map(knowledge::isArmed).orElse(false);
  }

  /** Whether the doer's phrase names peacekeepers or a peacekeeping force. */
  boolean peacekeepers(Graph graph, FrameMatch m) {
    Set<Integer> phrase = new HashSet<>();
    m.sources().forEach(src -> ComplementRules.subtree(graph, src, phrase));
    return phrase.stream().anyMatch(i -> lemma(i).startsWith("peacekeep"));
  }

  /**
   * The actors a target phrase stands for. "urged both sides to show restraint": the two sides of an
   * exchange or quarrel an earlier sentence told of (in the same sentence, "a pact between the two
   * countries" restates the sides' own act).
   */
  private List<Actor> targetActors(Graph graph, int phrase, Optional<String> hint, TriggerPattern p) {
    return pairSides(graph, phrase, true, AT_QUARRELLING_PAIR_ROOTS.contains(p.cameo().substring(0, 2)))
        .orElseGet(() -> actors(graph, List.of(phrase), hint, false));
  }

  /**
   * Appeals, criticism and warnings aimed at "both sides" are aimed at the two that quarrel or fight,
   * though a third side's pact or visit may have been told of since: "urged both countries to
   * settle the dispute".
   */
  private static final Set<String> AT_QUARRELLING_PAIR_ROOTS = Set.of("02", "11", "13");

  /**
   * "both sides", "the two leaders": the two sides of the latest pair ({@link #lastPair}), or with
   * {@code quarrel} of the pair that quarrelled most ({@link #quarrellingPair}), if the phrase names
   * a pair; with {@code earlierOnly}, a pair an earlier sentence told of.
   */
  private Optional<List<Actor>> pairSides(Graph graph, int head, boolean earlierOnly, boolean quarrel) {
    int sentence = tokens.get(head).sentence();
    if (!pairAnaphor(graph, head)) {
      return Optional.empty();
    }
    Optional<EventDraft> pair = quarrel ? quarrellingPair(sentence) : Optional.empty();
    return pair.or(() -> lastPair(sentence).filter(d -> !earlierOnly || d.sentence() < sentence))
        .map(d -> List.of(d.source(), d.target().orElseThrow()));
  }

  List<Actor> actors(Graph graph, List<Integer> heads, Optional<String> hint, boolean symmetric) {
    List<Actor> found = new ArrayList<>();
    for (int h : heads) {
      Optional<List<Actor>> pair = symmetric ? pairSides(graph, h, false, false) : Optional.empty();
      if (pair.isPresent()) {
        found.addAll(pair.get());
        continue;
      }
      Optional<Actor> resolved = resolver.resolve(graph, h, hint);
      List<Actor> sides = resolved.isPresent() ? List.of(resolved.get()) : reporters(graph, h);
      List<Actor> each = new ArrayList<>(sides);
      resolved.ifPresent(a -> each.addAll(resolver.sameRoleOfEach(graph, h, a)));
      for (Actor a : each) {
        if (found.stream().noneMatch(f -> f.id().equals(a.id()))) {
          found.add(a);
        }
      }
      // "Kenyan and Ugandan officials met": a coordinated nationality is a group of its own, also
      // when the tagger made the nationalities nouns ("Togolese and Beninese traders") or the group
      // is counted ("scores of Malian and Ivorian refugees").
      List<Integer> groups = new ArrayList<>(List.of(h));
      groups.addAll(graph.children(h, "nmod:of"));
      for (int group : groups) {
        for (int adjective : graph.children(group, r -> r.equals("amod") || r.equals("compound"))) {
          resolver.coordinatedGroup(adjective).filter(a -> found.stream().noneMatch(f -> f.id().equals(a.id())))
              .ifPresent(found::add);
        }
      }
    }
    return found;
  }

  /**
   * "Chile and Peru said they would close the border", "the ministry claimed it had been attacked":
   * a pronoun the actor stage left unlinked, as the subject of what someone reports, is that
   * someone when it agrees with them ("they" several sides or a body, "it" no person, "he" and
   * "she" a person).
   */
  List<Actor> reporters(Graph graph, int pronoun) {
    String word = tokens.get(pronoun).word().toLowerCase(Locale.ROOT);
    var subjectOf = graph.head(pronoun).filter(h -> h.relation().equals("nsubj"));
    var clause = subjectOf.flatMap(h -> graph.head(h.governor())).filter(h -> Graph.base(h.relation()).equals("ccomp"));
    if (!REPORTED_PRONOUNS.contains(word) || clause.isEmpty()) {
      return List.of();
    }
    List<Actor> speakers = new ArrayList<>();
    for (int subject : graph.children(clause.get().governor(), "nsubj")) {
      List<Integer> heads = new ArrayList<>(List.of(subject));
      heads.addAll(graph.children(subject, r -> Graph.base(r).equals("conj")));
      heads.forEach(head -> resolver.resolve(graph, head, Optional.empty()).ifPresent(speakers::add));
    }
    boolean several = speakers.size() > 1;
    return switch (word) {
      case "they", "we" -> several ? speakers
          : speakers.stream().filter(a -> a.kind() != ActorKind.PERSON && a.kind() != ActorKind.ANONYMOUS).toList();
      case "it" -> several ? List.of() : speakers.stream().filter(a -> a.kind() != ActorKind.PERSON
          && a.kind() != ActorKind.GROUP && a.kind() != ActorKind.ANONYMOUS).toList();
      default -> several ? List.of() : speakers.stream().filter(a -> a.kind() == ActorKind.PERSON).toList();
    };
  }

  Mention triggerMention(FrameMatch m) {
    int first = m.trigger();
    int last = m.trigger();
    for (int c : new Graph(doc.sentenceOf(tokens.get(first))).children(first, "compound:prt")) {
      last = Math.max(last, c);
    }
    if (m.object().isPresent() && Math.abs(m.object().get() - first) <= 4) {
      first = Math.min(first, m.object().get());
      last = Math.max(last, m.object().get());
    }
    int start = tokens.get(first).start();
    int end = tokens.get(last).end();
    return new Mention(start, end, doc.span(start, end));
  }

  /** "will strike unless ...", "would boycott if ...": a future act with a condition attached. */
  boolean onCondition(Graph graph, int trigger) {
    boolean future = graph.children(trigger, "aux").stream().map(this::lemma)
        .anyMatch(a -> Set.of("will", "would", "shall").contains(a));
    return future && graph.children(trigger, r -> Graph.base(r).equals("advcl")).stream()
        .anyMatch(c -> graph.children(c, "mark").stream().map(this::lemma).anyMatch(mk -> mk.equals("unless") || mk.equals("if")));
  }

  /** Whether the trigger is what its subject wants, seeks or stands ready to do. */
  boolean wished(Graph graph, int trigger) {
    return graph.head(trigger).filter(h -> Graph.base(h.relation()).equals("xcomp")
        && knowledge.isA(lemma(h.governor()), "wish")).isPresent();
  }
}
