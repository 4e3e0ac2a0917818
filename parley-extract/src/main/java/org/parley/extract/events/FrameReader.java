package org.parley.extract.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.parley.core.text.Dependency;
import org.parley.extract.syntax.Graph;

/**
 * Reads a trigger's frame off the dependency parse: which patterns fit it, what their required
 * words, sources and targets are, and which fitting pattern wins.
 */
final class FrameReader extends CodingPass {
  /**
   * Relations a noun event climbs to find the verb whose subject is its source: "held talks",
   * "held hours of talks", "engaging in talks", "met at the start of a visit".
   */
  private static final Set<String> LIGHT_RELATIONS = Set.of(
      "obj", "xcomp", "nmod:of", "obl:in", "obl:at", "obl:of");
  /** Phrases that say whose a demand, an offer or a pressure is: "Chile's", "by Chile", "from Chile". */
  private static final Set<String> OWNER_RELATIONS = Set.of("nmod:poss", "nmod:by", "nmod:from");
  private static final Set<String> OBLIGING = Set.of("must", "should", "ought");
  private static final Set<String> VERBAL_ROOTS = Set.of("01", "02", "03", "10", "11", "12", "13");

  FrameReader(CodingState state) {
    super(state);
  }

  /**
   * "engaged in talks", "carried out raids", "launched an offensive": a verb that only a
   * dictionary's bare default codes gives way to the event noun it governs, which says more.
   */
  boolean lightVerbOfEventNoun(Graph graph, FrameMatch m) {
    if (m.pattern().curated() || !m.pattern().requirements().isEmpty() || m.pattern().subject().isPresent()) {
      return false;
    }
    return graph.children(m.trigger(), r -> LIGHT_RELATIONS.contains(r) || Graph.base(r).equals("obj")).stream()
        .anyMatch(n -> tokens.get(n).isNoun() && patterns.candidates(tokens.get(n)).stream().anyMatch(TriggerPattern::noun));
  }

  /**
   * The most specific pattern whose frame fits; one that finds a target actor wins. Without a
   * target, a pattern that expects none beats one whose target slot stayed empty.
   */
  Optional<FrameMatch> bestMatch(Graph graph, int trigger, List<TriggerPattern> candidates) {
    Optional<FrameMatch> noSlot = Optional.empty();
    Optional<FrameMatch> emptySlot = Optional.empty();
    Optional<FrameMatch> anyFit = Optional.empty();
    Optional<FrameMatch> placeOnly = Optional.empty();
    Optional<FrameMatch> agentless = Optional.empty();
    Optional<FrameMatch> thingInSlot = Optional.empty();
    for (TriggerPattern p : candidates) {
      Optional<FrameMatch> fit = fit(graph, trigger, p);
      if (fit.isEmpty()) {
        continue;
      }
      FrameMatch m = fit.get();
      if (m.targets().stream().anyMatch(t -> resolver.resolvable(graph, t)
          || pairAnaphor(graph, t) && lastPair(tokens.get(t).sentence()).isPresent())) {
        // "students were arrested during the protests": a more specific pattern that cannot say who
        // does an agentless passive gives way to one that can (its implicit sector).
        if (m.passive() && m.sources().isEmpty() && p.implicitSector().isEmpty()) {
          agentless = agentless.or(() -> fit);
          continue;
        }
        return fit;
      }
      // A target found only as a place inside the phrase gives way to a pattern whose target is an
      // actor: "forced out refugees from a camp in X" has the refugees as its target.
      boolean byPlace = TARGET_BY_PLACE_ROOTS.contains(p.cameo().substring(0, 2));
      if (placeOnly.isEmpty() && byPlace && m.targets().stream().anyMatch(t -> resolver.hasCountryWithin(graph, t))) {
        placeOnly = fit;
        continue;
      }
      // "launched rocket fire against rebel camps": a thing in the pattern's own slot whose owner
      // a role word names beats a pattern with no slot at all ("launched rockets", a show of force).
      if (thingInSlot.isEmpty() && p.hasTargetSlot() && !m.targets().isEmpty()
          && m.targets().stream().allMatch(t -> ownedByARole(graph, t))) {
        thingInSlot = fit;
      }
      FrameMatch bare = m.withArguments(m.sources(), List.of());
      if (noSlot.isEmpty() && !p.hasTargetSlot()) {
        noSlot = Optional.of(bare);
      } else if (emptySlot.isEmpty() && (p.targetless() || p.symmetric() && m.sources().size() > 1 || p.absorbs())) {
        // A shared act with one side named and no other ("China held drills") is no shared act
        // when a pattern that stands alone fits.
        emptySlot = Optional.of(bare);
      }
      if (anyFit.isEmpty()) {
        anyFit = Optional.of(bare);
      }
    }
    if (agentless.isPresent()) {
      return agentless;
    }
    if (placeOnly.isPresent()) {
      return placeOnly;
    }
    if (thingInSlot.isPresent() && noSlot.isPresent()) {
      return thingInSlot;
    }
    // "appealed for aid": a phrase a pattern required says more than a bare verb that expects no
    // target ("appealed"), even with that pattern's target unnamed.
    boolean phrased = anyFit.map(FrameMatch::pattern).filter(p -> p.curated() && !p.requirements().isEmpty()).isPresent();
    if (noSlot.isPresent() && !(phrased && noSlot.get().pattern().requirements().isEmpty())) {
      return noSlot;
    }
    if (phrased && emptySlot.filter(m -> !m.pattern().requirements().isEmpty()).isEmpty()) {
      return anyFit;
    }
    return emptySlot.isPresent() ? emptySlot : anyFit;
  }

  /** "rebel camps", "militant hideouts", "the army's positions": a thing a role word says whose it is. */
  private boolean ownedByARole(Graph graph, int thing) {
    return tokens.get(thing).isNoun() && graph.children(thing, r -> r.equals("compound") || r.equals("amod")
        || r.equals("nmod:poss")).stream().anyMatch(owner -> resolver.namesAnOwner(graph, owner)
            || resolver.resolvable(graph, owner));
  }

  Optional<FrameMatch> fit(Graph graph, int trigger, TriggerPattern p) {
    Optional<Integer> described = p.noun() ? Optional.empty() : reducedPassive(graph, trigger);
    boolean passive = !p.noun() && (graph.hasChild(trigger, "nsubj:pass") || graph.hasChild(trigger, "aux:pass")
        || described.isPresent());
    List<Integer> objects = p.noun() ? List.of()
        : described.map(List::of).orElseGet(() -> graph.children(trigger, passive ? "nsubj:pass" : "obj"));
    List<Integer> words = new ArrayList<>();
    for (Requirement r : p.requirements()) {
      List<Integer> holders = new ArrayList<>();
      if (r.preposition().isPresent()) {
        String prep = r.preposition().get();
        Predicate<String> through = rel -> rel.equals("obl:" + prep) || rel.equals("nmod:" + prep);
        holders.addAll(graph.children(trigger, through));
        // "imposed sanctions on oil exports": the phrase hangs from the object as often as from the verb.
        for (int word : words) {
          holders.addAll(graph.children(word, through));
        }
      } else {
        holders.addAll(objects);
        // "declined to comment"; a complement that is an event of Parley's own patterns ("pledged
        // to help", "planning to visit") is taken in whole instead.
        graph.children(trigger, "xcomp").stream()
            .filter(x -> patterns.candidates(tokens.get(x)).stream().noneMatch(TriggerPattern::curated))
            .forEach(holders::add);
      }
      Optional<Integer> hit = holders.stream().filter(o -> !words.contains(o) && fits(graph, o, r)).findFirst();
      if (hit.isEmpty()) {
        return Optional.empty();
      }
      words.add(hit.get());
    }
    // "forced the envoy out of the country" parses the particle into a two-word preposition.
    if (p.particle().isPresent() && graph.children(trigger, r -> r.equals("compound:prt") || r.equals("advmod"))
        .stream().noneMatch(c -> lemma(c).equals(p.particle().get()))
        && !graph.hasChild(trigger, "obl:" + p.particle().get() + "_of")) {
      return Optional.empty();
    }
    if (p.deontic() && !reportsObligation(graph, trigger)) {
      return Optional.empty();
    }
    // A converted pattern's subject word names a kind of doer ("a union rejected the call"); in a
    // name ("the African Union") it is no such kind.
    if (p.subject().isPresent() && verbSources(graph, trigger, passive).stream()
        .noneMatch(subj -> fits(graph, subj, p.subject().get()) && (p.curated() || !tokens.get(subj).pos().startsWith("NNP")))) {
      return Optional.empty();
    }
    Optional<Integer> object = words.stream().findFirst();
    // "a mediation effort between Chad and its rebels": an event noun that qualifies an
    // undertaking has the undertaking's arguments and place in the clause ("riot police" are no riot).
    int phrase = p.noun() ? graph.head(trigger).filter(h -> h.relation().equals("compound") && h.governor() >= 0
        && knowledge.isA(lemma(h.governor()), "undertaking")).map(h -> h.governor()).orElse(trigger) : trigger;
    List<Integer> targets = new ArrayList<>();
    for (String slot : p.targetSlots()) {
      switch (slot) {
        case "obj" -> {
          objects.stream().filter(o -> !words.contains(o)).forEach(targets::add);
          // "froze the assets of three ministers": the object the pattern names is the target's.
          // (A required word that names a person itself, "arrested the leader of the party, Ana
          // Ruiz", is the target.)
          objects.stream().filter(words::contains).forEach(o -> targets.addAll(namesAPerson(o) ? List.of(o)
              : graph.children(o, r -> OWNER_RELATIONS.contains(r) || r.equals("nmod:of"))));
          if (objects.isEmpty()) {
            // "help the Philippines strengthen its coast guard": the object is the small clause's subject.
            // An accusation's clause must tell of a hostile act: "alleged that Chad armed the rebels"
            // accuses Chad, "claimed that Chad's economy grew" accuses no one.
            boolean accusation = p.cameo().startsWith("11");
            for (int clause : graph.children(trigger, r -> r.equals("ccomp") || r.equals("xcomp"))) {
              if (!accusation || hostile(tokens.get(clause))) {
                // "threatened that it would expel the envoy": a pronoun there is the speaker itself.
                graph.children(clause, "nsubj").stream().filter(subj -> !tokens.get(subj).pos().equals("PRP"))
                    .forEach(targets::add);
              }
            }
          }
        }
        case "iobj" -> targets.addAll(graph.children(trigger, "iobj"));
        default -> {
          targets.addAll(graph.children(phrase, r -> r.equals("obl:" + slot) || r.equals("nmod:" + slot)));
          if (graph.children(trigger, "compound:prt").stream().anyMatch(c -> lemma(c).equals(slot))) {
            targets.addAll(objects); // "called on Israel", parsed as a particle and an object
          }
          // "called on the government to release": the parser often makes "on" the mark of the
          // infinitive and the government its subject.
          for (int clause : graph.children(trigger, r -> Graph.base(r).equals("advcl") || r.equals("xcomp"))) {
            if (graph.children(clause, "mark").stream().anyMatch(mk -> lemma(mk).equals(slot))) {
              targets.addAll(graph.children(clause, "nsubj"));
            }
          }
          for (int word : words) {
            targets.addAll(graph.children(word, r -> r.equals("nmod:" + slot)));
            // "pledged $50 million in aid to Chad", "sent tonnes of food to Gaza": the amount's kind
            // says whom it reached.
            for (int kind : graph.children(word, r -> r.equals("nmod:in") || r.equals("nmod:of"))) {
              targets.addAll(graph.children(kind, r -> r.equals("nmod:" + slot)));
            }
            // "suspended part of its aid to Laos": the part's whole says whom it reached.
            if (knowledge.isA(lemma(word), "part")) {
              for (int whole : graph.children(word, "nmod:of")) {
                targets.addAll(graph.children(whole, r -> r.equals("nmod:" + slot)));
              }
            }
          }
        }
      }
    }
    if (!p.hasTargetSlot()) {
      // "met the union's demands", "accepted a proposal by Chile": a phrase the pattern requires
      // says whose it is, and that side is the target.
      for (int word : words) {
        targets.addAll(graph.children(word, OWNER_RELATIONS::contains));
      }
    } else if (targets.isEmpty()) {
      // "rejected a Kenyan request", "turned down a Chilean offer": with its slots empty, the state or
      // body a required phrase's name or adjective names is the target.
      for (int word : words.stream().filter(w -> !resolver.namesARole(graph, w)).toList()) {
        graph.children(word, r -> r.equals("compound") || r.equals("amod")).stream()
            .filter(owner -> tokens.get(owner).isCapitalised() && resolver.resolvable(graph, owner)).forEach(targets::add);
      }
    }
    List<Integer> roots = new ArrayList<>(List.of(trigger));
    // "started barring", "were expected to meet": the governing verb's time is the event's.
    graph.head(trigger).filter(h -> h.relation().equals("xcomp")).ifPresent(h -> roots.add(h.governor()));
    // An accusation or criticism names its charge with "of" or "for"; a "by" phrase after the
    // charge is the accuser. Elsewhere ("arrested for attacks by rebels") it is the charge's own doer.
    boolean charged = p.cameo().startsWith("11");
    List<Integer> sources = p.noun() ? nounSources(graph, phrase, p, roots) : verbSources(graph, trigger, passive, charged, p.curated());
    // Words (appeals, intents, demands, charges, refusals, threats) by whoever reported the clause
    // before them; acts of force keep the reported subject ("said a bomb had killed one and wounded two").
    if (!p.noun() && !passive && VERBAL_ROOTS.contains(p.cameo().substring(0, 2)) && !sources.isEmpty()
        && sources.stream().noneMatch(src -> resolver.resolvable(graph, src))) {
      List<Integer> reporters = reporterOfConjunct(graph, trigger);
      if (!reporters.isEmpty()) {
        sources = reporters;
      }
    }
    // "the decision drew criticism from Amnesty", "Chad faced pressure from donors": what the verb's
    // subject draws is aimed at it.
    if (p.noun() && targets.isEmpty()) {
      graph.head(trigger).filter(h -> Graph.base(h.relation()).equals("obj") && h.governor() >= 0
          && knowledge.isA(lemma(h.governor()), "drawing"))
          .ifPresent(h -> targets.addAll(graph.children(h.governor(), "nsubj")));
    }
    targets.removeIf(t -> ownedBySource(graph, t));
    // "conceded to demands from the union", "bowed to pressure by Washington": a prepositional
    // target that names no one is aimed at whose it is. (An object is a thing acted on: "received
    // the leader's money" is no visit of the leader.)
    for (int t : List.copyOf(targets)) {
      if (!objects.contains(t) && !resolver.resolvable(graph, t)) {
        targets.addAll(graph.children(t, OWNER_RELATIONS::contains));
      } else if (!resolver.resolvable(graph, t) && knowledge.isA(lemma(t), "accord")) {
        // "hailed the deal with the lenders": what two sides hold together is aimed at the other side.
        targets.addAll(graph.children(t, "nmod:with"));
        if (objects.contains(t)) {
          targets.addAll(graph.children(trigger, "obl:with")); // the parser often hangs it on the verb
        }
      }
    }
    return Optional.of(new FrameMatch(p, trigger, object, words, sources, dedupe(targets), passive, roots, List.of()));
  }

  /**
   * "Chile sent aid after storms flooded towns and cut roads": the parser often joins the last verb
   * to the main clause's, which hands it the main clause's subject. When a verb of the same form
   * stands between the two and heads a clause of its own (what the storms did, who the protesters
   * were), or hangs as a bare dependent the parser could not place ("after floods killed dozens and
   * destroyed homes"), the last verb is that nearer verb's conjunct, and its doer is the nearer verb's.
   */
  Optional<Integer> nearerConjunct(Graph graph, int verb) {
    var head = graph.head(verb);
    if (head.isEmpty() || !Graph.base(head.get().relation()).equals("conj") || head.get().governor() >= verb) {
      return Optional.empty();
    }
    int governor = head.get().governor();
    int cc = graph.children(verb, "cc").stream().findFirst().orElse(verb);
    String pos = tokens.get(verb).pos();
    for (int v = cc - 1; v > governor; v--) {
      var clause = graph.head(v);
      if (tokens.get(v).pos().equals(pos) && clause.isPresent()
          && Set.of("acl", "acl:relcl", "advcl", "dep").contains(clause.get().relation()) && clause.get().governor() >= governor) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * A passive's "by" phrase. In an accusation the parser often hangs it on the charge before it
   * ("was accused of corruption by the government", "was criticised for the delay by the
   * opposition"), where it names who accused or criticised, not whose the corruption or delay was.
   */
  private static List<Integer> passiveAgents(Graph graph, int verb, boolean charged) {
    List<Integer> agents = new ArrayList<>();
    for (int agent : graph.children(verb, r -> r.equals("obl:agent") || r.equals("obl:by"))) {
      // "killed by a bomb planted by militants", "hit by a missile fired by rebels": a thing's own
      // doer is the doer.
      List<Integer> behind = graph.children(agent, r -> r.equals("acl") || r.equals("amod")).stream()
          .flatMap(acl -> graph.children(acl, r -> r.equals("obl:agent") || r.equals("obl:by")).stream()).toList();
      agents.addAll(behind.isEmpty() ? List.of(agent) : behind);
    }
    if (!agents.isEmpty() || !charged) {
      return agents;
    }
    for (int charge : graph.children(verb, r -> r.equals("obl:of") || r.equals("obl:for"))) {
      List<Integer> hung = graph.children(charge, r -> r.equals("nmod:by") || r.equals("nmod:agent"));
      if (!hung.isEmpty()) {
        return hung;
      }
    }
    return List.of();
  }

  /**
   * "civilians killed by troops", "journalists detained in Bujumbura": a past participle after a
   * noun, with no subject of its own, is a passive whose patient is that noun.
   */
  Optional<Integer> reducedPassive(Graph graph, int verb) {
    if (!tokens.get(verb).pos().equals("VBN") || graph.children(verb, r -> r.startsWith("nsubj") || r.equals("obj")).size() > 0) {
      return Optional.empty();
    }
    return graph.head(verb).filter(h -> h.relation().equals("acl") && h.governor() < verb
        && tokens.get(h.governor()).isNoun()).map(Dependency::governor);
  }

  List<Integer> verbSources(Graph graph, int verb, boolean passive) {
    return verbSources(graph, verb, passive, false, false);
  }

  /**
   * @param charged the verb accuses or criticises: a "by" phrase on its charge is its agent
   * @param curated the pattern is Parley's own: only its verbs are trusted in a loosely hung participle
   */
  List<Integer> verbSources(Graph graph, int verb, boolean passive, boolean charged, boolean curated) {
    int node = nearerConjunct(graph, verb).orElse(verb);
    for (int step = 0; step < 3; step++) {
      List<Integer> found = passive
          ? passiveAgents(graph, node, charged)
          : graph.children(node, r -> r.equals("nsubj") || r.equals("nsubj:xsubj")).stream()
              .filter(subject -> !afterTo(subject)).toList();
      if (!found.isEmpty() || passive) {
        return found;
      }
      var head = graph.head(node);
      Optional<Integer> harmedBy = actOfHarm(graph, node);
      // A participle before its noun only describes it: "the visiting minister", "Chile's visiting king".
      boolean prenominal = head.isPresent() && (head.get().governor() > node
          || Set.of("POS", "DT", "PRP$").contains(tokens.get(node - 1).pos()));
      if (head.isPresent() && head.get().relation().equals("acl") && !passive && !prenominal && harmedBy.isEmpty()) {
        // "students demanding reforms", "a statement demanding that ...": a participle's doer is
        // the noun it qualifies, or whoever issued the statement the noun names.
        int noun = head.get().governor();
        if (resolver.resolvable(graph, noun)) {
          return List.of(noun);
        }
        var holder = graph.head(noun).filter(h -> Graph.base(h.relation()).equals("obj"));
        if (holder.isEmpty()) {
          return List.of();
        }
        node = holder.get().governor();
        continue;
      }
      // ", accusing the commission of fraud": a participle after a comma that the parser could only
      // hang loosely ({@code dep}) is done by the subject of the clause it hangs on.
      // The converted lexicon's readings of such participles ("citing", "joining") are too loose.
      boolean looseParticiple = curated && head.isPresent() && head.get().relation().equals("dep")
          && tokens.get(node).pos().equals("VBG") && node > 0 && tokens.get(node - 1).word().equals(",");
      if (head.isEmpty() || !Set.of("xcomp", "conj", "advcl").contains(Graph.base(head.get().relation()))
          && harmedBy.isEmpty() && !looseParticiple) {
        return List.of();
      }
      node = harmedBy.orElse(head.get().governor());
    }
    return List.of();
  }


  /**
   * "Chad said the talks had failed and demanded that ...": the parser may join the second verb to
   * the reported clause, giving it that clause's subject. When that subject names no one and the
   * second verb is finite after a perfect, the verb is the reporting subject's second act: the
   * subjects of the reporting verb that also governs it.
   */
  private List<Integer> reporterOfConjunct(Graph graph, int verb) {
    // Only a finite verb after a perfect ("had failed and demanded"): in "had killed one and wounded
    // two" the second verb shares the first one's auxiliary, and its subject.
    if (!Set.of("VBD", "VBZ").contains(tokens.get(verb).pos())) {
      return List.of();
    }
    for (Dependency joined : graph.parents(verb)) {
      int first = joined.governor();
      if (!Graph.base(joined.relation()).equals("conj") || first < 0 || !graph.hasChild(first, "aux")) {
        continue;
      }
      for (Dependency reported : graph.parents(first)) {
        // The reporting verb comes first ("Chad said ..."); one after ("..., officials said") reports both acts.
        if (reported.relation().equals("ccomp") && reported.governor() >= 0 && reported.governor() < first) {
          List<Integer> reporters = graph.children(reported.governor(), "nsubj").stream()
              .filter(r -> resolver.resolvable(graph, r)).toList();
          if (!reporters.isEmpty()) {
            return reporters;
          }
        }
      }
    }
    return List.of();
  }

  /** "the minister's visit", "a visit by the minister", else the subject of the verb that holds the noun. */
  List<Integer> nounSources(Graph graph, int noun, TriggerPattern p, List<Integer> clauseRoots) {
    // "criticism from Amnesty", "pressure from donors": unless the pattern reads "from" as its target.
    boolean fromIsSource = !p.targetSlots().contains("from");
    List<Integer> own = new ArrayList<>(graph.children(noun, r -> r.equals("nmod:poss") || r.equals("nmod:by")
        || r.equals("nmod:agent") || fromIsSource && r.equals("nmod:from")));
    for (int child : graph.children(noun, r -> r.equals("amod") || r.equals("compound"))) {
      // "a general strike": the first word of a two-word event noun is the event, not its doer.
      boolean partOfTheNoun = p.heads().stream().anyMatch(h -> h.startsWith(lemma(child) + "-"));
      if (!partOfTheNoun && resolver.resolvable(graph, child)) {
        own.add(child);
      }
    }
    own.removeIf(o -> !resolver.resolvable(graph, o));
    int node = noun;
    for (int step = 0; step < 4; step++) {
      var head = graph.head(node);
      // "gathered for a rally", "flew in for talks": the verb that no pattern codes brought its
      // subject to the event.
      boolean cameFor = head.isPresent() && head.get().relation().equals("obl:for")
          && !verbTriggers.contains(head.get().governor());
      if (head.isEmpty() || !(LIGHT_RELATIONS.contains(head.get().relation()) || cameFor
          || Set.of("obj", "xcomp").contains(Graph.base(head.get().relation())))) {
        break;
      }
      node = head.get().governor();
      // "rejected the sanctions", "expelled them in retaliation": an event's object, or a bare
      // noun on its verb, is what that event is about, not a second act of its doer ("took part in
      // talks with Peru" still is one).
      boolean about = step == 0 && (Graph.base(head.get().relation()).equals("obj")
          || graph.children(noun, r -> r.startsWith("nmod")).isEmpty());
      if (verbTriggers.contains(node) && about) {
        break;
      }
      if (tokens.get(node).pos().startsWith("VB")) {
        clauseRoots.add(node);
        // "drew criticism from Amnesty": whoever the verb's subject draws it from is the doer.
        if (knowledge.isA(lemma(node), "drawing")) {
          if (own.isEmpty()) {
            own.addAll(graph.children(node, r -> r.equals("obl:from") || r.equals("obl:by")));
          }
          break;
        }
        if (own.isEmpty() && p.implicitSector().isEmpty()) {
          boolean passive = graph.hasChild(node, "nsubj:pass") || graph.hasChild(node, "aux:pass");
          return verbSources(graph, node, passive);
        }
        break;
      }
    }
    return own;
  }

  /**
   * Whether the phrase headed by {@code node} is one a requirement accepts: its head word (a
   * plural as its singular: "troops" keeps its plural as lemma) with the phrase's modifiers, or a
   * one-word phrase found as a modifier ("used chemical weapons" fits {@code +chemical},
   * "pledged $55 million in aid" fits {@code +aid}).
   */
  boolean fits(Graph graph, int node, Requirement requirement) {
    // "suspended part of its aid programme": a part is of the kind of its whole.
    if (knowledge.isA(lemma(node), "part")
        && graph.children(node, "nmod:of").stream().anyMatch(whole -> fits(graph, whole, requirement))) {
      return true;
    }
    for (List<String> phrase : requirement.alternatives()) {
      String head = phrase.get(phrase.size() - 1);
      if (phrase.size() == 1) {
        // "rocket fire" is fire of rockets, but "government positions" are positions the government
        // holds: a role word before a thing names its owner, not the thing.
        if (headIs(node, head) || graph.children(node, r -> r.equals("amod") || r.equals("compound")
            || r.equals("nmod:in") || r.equals("nmod:of")).stream().anyMatch(m -> lemma(m).equals(head)
                && !(m < node && resolver.namesAnOwner(graph, m) && !resolver.namesARole(graph, node)))) {
          return true;
        }
      } else if (headIs(node, head)) {
        Set<String> modifiers = new HashSet<>();
        for (int m : graph.children(node, r -> Set.of("amod", "compound", "nummod", "flat").contains(r)
            || r.startsWith("nmod"))) {
          modifiers.add(lemma(m));
          modifiers.add(tokens.get(m).word().toLowerCase(Locale.ROOT));
        }
        if (modifiers.containsAll(phrase.subList(0, phrase.size() - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the token is in a mention of a named person ("the leader of the party, Ana Ruiz"). */
  private boolean namesAPerson(int token) {
    return mentions.actorAt(token).flatMap(resolver::byId)
        .filter(a -> a.kind() == org.parley.core.record.ActorKind.PERSON).isPresent();
  }

  /**
   * "withdrew its troops", "recalled their envoy": the source's own people are not whom it acts
   * on. Relations are: "attacked its neighbour" does name the target, and "neighbour" is no role.
   */
  boolean ownedBySource(Graph graph, int phrase) {
    return !knowledge.roles().get(lemma(phrase)).isEmpty() && graph.children(phrase, "nmod:poss").stream()
        .anyMatch(p -> Set.of("its", "their").contains(tokens.get(p).word().toLowerCase(Locale.ROOT)));
  }

  /** "said that Peru must withdraw", "insisted Chile should pay", "said Laos has to act". */
  boolean reportsObligation(Graph graph, int trigger) {
    for (int clause : graph.children(trigger, "ccomp")) {
      boolean modal = graph.children(clause, "aux").stream().map(this::lemma).anyMatch(OBLIGING::contains);
      boolean haveTo = lemma(clause).equals("have") && !graph.children(clause, "xcomp").isEmpty();
      if ((modal || haveTo) && graph.hasChild(clause, "nsubj")) {
        return true;
      }
    }
    return false;
  }

  private static List<Integer> dedupe(List<Integer> list) {
    return List.copyOf(new LinkedHashSet<>(list));
  }
}
