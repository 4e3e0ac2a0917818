package org.parley.extract.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.parley.core.article.Dateline;
import org.parley.core.record.Actor;
import org.parley.core.record.Location;
import org.parley.core.record.Mention;
import org.parley.core.record.Modality;
import org.parley.core.record.Place;
import org.parley.core.record.TimeMention;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.Sentence;
import org.parley.core.text.Token;
import org.parley.core.time.TimeValue;
import org.parley.extract.dictionary.Knowledge;

/**
 * Codes the political events of a parsed document: finds trigger words from the pattern book, reads
 * their arguments from the dependency parse, resolves the arguments to actors, and judges the
 * event's modality, date and place. Thread-safe; one instance serves every document.
 */
public final class EventFinder {
  /** A refusal of a complement event is coded by what was refused (CAMEO 12 subcategories). */
  private static final Map<String, String> REFUSED_ROOT_TO_CODE = Map.of(
      "03", "121", "04", "125", "05", "127", "06", "121", "07", "122", "08", "124");
  /**
   * A pledge of a hostile act is a threat (CAMEO 13): "vowed to retaliate against X", "promised to
   * expel the envoys". Coded by what is threatened, as is a plain threat ("threatened to strike").
   * Two sides agreeing on a step ("agreed to postpone the vote") threaten no one.
   */
  private static final Map<String, String> THREATENED_ROOT_TO_CODE = Map.of(
      "14", "133", "15", "138", "16", "131", "17", "137", "18", "138", "19", "138", "20", "1383");
  /**
   * Relations a noun event climbs to find the verb whose subject is its source: "held talks",
   * "held hours of talks", "engaging in talks", "met at the start of a visit".
   */
  private static final Set<String> LIGHT_RELATIONS = Set.of(
      "obj", "xcomp", "nmod:of", "obl:in", "obl:at", "obl:of");
  /** Phrases that say whose a demand, an offer or a pressure is: "Chile's", "by Chile", "from Chile". */
  private static final Set<String> OWNER_RELATIONS = Set.of("nmod:poss", "nmod:by", "nmod:from");
  private static final Set<String> ABSORBING_ROOTS = Set.of("02", "03", "10", "12", "13");
  /**
   * Aid and force reach places and people more than states: "aid to people hit by the quake in X";
   * a threat is aimed at where its act would happen ("threatened to resume raids in X").
   */
  private static final Set<String> TARGET_BY_PLACE_ROOTS = Set.of("03", "07", "13", "15", "18", "19", "20");
  /** Intents, consultations and cooperation, which two sides named together have with each other. */
  private static final Set<String> MUTUAL_ROOTS = Set.of("03", "04", "06");
  /** CAMEO's "complain officially", what a protest made in words is. */
  private static final String SPOKEN_PROTEST = "114";
  /** Acts whose target may be a thing that says whose it is: praise, blame, refusal, force. */
  private static final Set<String> THING_OWNER_ROOTS = Set.of("05", "11", "12", "17", "18", "19", "20");
  /** What says whose a thing is, most telling first: "by rebels", "Chad's", "rebel", "of Chad", "in Chad". */
  private static final List<String> THING_OWNER_RELATIONS = List.of(
      "nmod:by", "nmod:poss", "compound", "amod", "nmod:of", "nmod:in", "nmod:with", "nmod:against", "nmod:on");
  /** Assaults, fighting and mass violence: the acts an unnamed attacker is coded for. */
  private static final Set<String> ATTACK_ROOTS = Set.of("18", "19", "20");
  /** Phrases on an attack's verb that name its weapon: "killed in an air strike", "hit by shells". */
  private static final Set<String> INSTRUMENT_RELATIONS = Set.of("obl:in", "obl:by", "obl:agent", "obl:with");
  private static final int PAIR_LOOKBACK_SENTENCES = 3;
  private static final Set<String> OBLIGING = Set.of("must", "should", "ought");
  private static final int TARGET_LOOKBACK_SENTENCES = 2;
  /** Phrases on an object that name whom an act reaches: "sales to", "raids against", "a ban on". */
  private static final Set<String> REACHING = Set.of(
      "nmod:to", "nmod:against", "nmod:on", "nmod:into", "nmod:toward", "nmod:towards");

  private final Knowledge knowledge;
  private final PatternBook patterns;
  private final DiscardList discards;
  private final ModalityJudge modality = new ModalityJudge();
  private final EventMerger merger;

  public EventFinder(Knowledge knowledge, Codebook codebook, PatternBook patterns, DiscardList discards) {
    this.knowledge = knowledge;
    this.patterns = patterns;
    this.discards = discards;
    this.merger = new EventMerger(codebook);
  }

  public static EventFinder load(Knowledge knowledge, Optional<Path> userDir) {
    Codebook codebook = Codebook.bundled();
    return new EventFinder(knowledge, codebook, PatternBook.load(userDir, codebook), DiscardList.load(userDir));
  }

  /**
   * The sentences worth a dependency parse: a word that can trigger an event, and something that
   * can be one of its sides (an actor's mention, a country or place name, a role noun, a pronoun).
   * The parse is three quarters of Parley's time; most news sentences hold no event.
   */
  public Set<Integer> sentencesToParse(ParsedDocument doc, List<Actor> actors) {
    var mentions = new org.parley.extract.actors.MentionIndex(doc, actors);
    Set<Integer> trigger = new LinkedHashSet<>();
    Set<Integer> party = new HashSet<>();
    List<Token> tokens = doc.tokens();
    for (Sentence s : doc.sentences()) {
      if (discards.reason(doc, s).isPresent()) {
        continue;
      }
      Set<String> words = new HashSet<>();
      for (Token t : doc.tokensOf(s)) {
        String word = t.word().toLowerCase(Locale.ROOT);
        words.add(t.lemma().toLowerCase(Locale.ROOT));
        words.add(word);
        if (word.endsWith("s")) {
          words.add(word.substring(0, word.length() - 1)); // as fits() reads plurals
        }
      }
      for (Token t : doc.tokensOf(s)) {
        if (patterns.couldFire(t, words)) {
          trigger.add(s.index());
          break;
        }
      }
    }
    for (Token t : tokens) {
      if (!party.contains(t.sentence()) && couldBeParty(doc, mentions, t)) {
        party.add(t.sentence());
      }
    }
    trigger.retainAll(party);
    return trigger;
  }

  private boolean couldBeParty(ParsedDocument doc, org.parley.extract.actors.MentionIndex mentions, Token t) {
    if (mentions.has(t.index()) || t.pos().equals("PRP") || !t.ner().equals("O")) {
      return true;
    }
    if (t.isCapitalised() && knowledge.countryRefs().longestAt(doc.tokens(), t.index(), Token::word).isPresent()) {
      return true;
    }
    return t.isNoun() && !knowledge.roles().get(t.lemma().toLowerCase(Locale.ROOT)).isEmpty();
  }

  public EventFindings find(
      ParsedDocument doc, List<Actor> actors, List<TimeMention> times, List<Place> places,
      Optional<Dateline> dateline, Optional<String> mainCountry) {
    var run = new Run(doc, actors, times, places, dateline, mainCountry);
    for (Sentence s : doc.sentences()) {
      if (!s.dependencies().isEmpty() && discards.reason(doc, s).isEmpty()) {
        run.sentence(s);
      }
    }
    return new EventFindings(merger.merge(run.drafts), run.resolver.added());
  }

  /** A pattern that fits a trigger, with the argument tokens it found. */
  /** @param unresolved target phrases the pattern found that name no actor, kept for a place inside */
  /** @param words the tokens the pattern's requirements took, {@code object} the first of them */
  private record Match(
      TriggerPattern pattern, int trigger, Optional<Integer> object, List<Integer> words, List<Integer> sources,
      List<Integer> targets, boolean passive, List<Integer> clauseRoots, List<Integer> unresolved) {

    Match withArguments(List<Integer> newSources, List<Integer> newTargets) {
      List<Integer> dropped = newTargets.isEmpty() ? targets : List.of();
      return new Match(pattern, trigger, object, words, newSources, newTargets, passive, clauseRoots, dropped);
    }
  }

  /** One document's coding. */
  private final class Run {
    final ParsedDocument doc;
    final List<Token> tokens;
    final ArgumentResolver resolver;
    final org.parley.extract.actors.MentionIndex mentions;
    final EventDater dater;
    final List<Place> places;
    final Optional<Dateline> dateline;
    final List<EventDraft> drafts = new ArrayList<>();
    /** The current sentence's verbs that carry an event of their own. */
    final Set<Integer> verbTriggers = new HashSet<>();

    Run(ParsedDocument doc, List<Actor> actors, List<TimeMention> times, List<Place> places,
        Optional<Dateline> dateline, Optional<String> mainCountry) {
      this.doc = doc;
      this.tokens = doc.tokens();
      this.resolver = new ArgumentResolver(knowledge, doc, actors, mainCountry);
      this.mentions = new org.parley.extract.actors.MentionIndex(doc, actors);
      this.dater = new EventDater(doc, times);
      this.places = places;
      this.dateline = dateline;
    }

    void sentence(Sentence s) {
      Graph graph = new Graph(s);
      List<Match> matches = new ArrayList<>();
      Set<Integer> consumed = new HashSet<>();
      verbTriggers.clear();
      // Verbs first: a light verb's object ("lodged a protest") is not an event of its own.
      for (boolean nouns : new boolean[] {false, true}) {
        if (nouns) {
          matches.forEach(m -> verbTriggers.add(m.trigger()));
        }
        for (int i = s.first(); i <= s.last(); i++) {
          Token t = tokens.get(i);
          // "signed in March" names a month, not a march; "the Unity Rally" is a name. Event nouns
          // are common nouns.
          boolean eventNoun = t.isNoun() && !t.ner().equals("DATE") && !t.pos().startsWith("NNP");
          if (consumed.contains(i) || (nouns ? !eventNoun : !t.pos().startsWith("VB"))) {
            continue;
          }
          List<TriggerPattern> candidates = patterns.candidates(t);
          if (nouns) {
            // "a hunger strike", "a general strike" are the nouns a pattern writes "hunger-strike" and
            // "general-strike"; the two-word term says what the bare noun cannot.
            List<TriggerPattern> compound = new ArrayList<>();
            for (int modifier : graph.children(i, r -> r.equals("compound") || r.equals("amod"))) {
              compound.addAll(patterns.compoundNouns(lemma(modifier), t.lemma()));
            }
            if (!compound.isEmpty()) {
              candidates = compound;
            }
          }
          Optional<Match> match = bestMatch(graph, i, candidates)
              .filter(m -> !lightVerbOfEventNoun(graph, m));
          match.ifPresent(m -> {
            matches.add(m);
            consumed.addAll(m.words());
          });
        }
      }
      recodeSpokenProtests(graph, matches);
      absorbComplements(graph, matches);
      absorbPurposes(graph, matches);
      for (Match m : matches) {
        code(graph, s, m);
      }
    }

    /**
     * "Peru protested that the jets had crossed", "..., the union protested": a protest that reports
     * what was said is an official complaint (114), not a demonstration.
     */
    void recodeSpokenProtests(Graph graph, List<Match> matches) {
      for (int i = 0; i < matches.size(); i++) {
        Match m = matches.get(i);
        boolean spoken = m.pattern().cameo().startsWith("14") && !m.pattern().noun()
            && (graph.hasChild(m.trigger(), "ccomp")
                || graph.head(m.trigger()).filter(h -> h.relation().equals("parataxis")).isPresent());
        if (spoken) {
          // Whom the complaint is about: the subject of what it reports.
          List<Integer> about = new ArrayList<>(m.targets());
          if (about.isEmpty()) {
            List<Integer> reported = new ArrayList<>(graph.children(m.trigger(), "ccomp"));
            graph.head(m.trigger()).filter(h -> h.relation().equals("parataxis"))
                .ifPresent(h -> reported.add(h.governor()));
            reported.forEach(c -> about.addAll(graph.children(c, "nsubj")));
          }
          matches.set(i, new Match(m.pattern().withCode(SPOKEN_PROTEST), m.trigger(), m.object(), m.words(),
              m.sources(), about, m.passive(), m.clauseRoots(), m.unresolved()));
        }
      }
    }

    /**
     * "engaged in talks", "carried out raids", "launched an offensive": a verb that only a
     * dictionary's bare default codes gives way to the event noun it governs, which says more.
     */
    boolean lightVerbOfEventNoun(Graph graph, Match m) {
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
    Optional<Match> bestMatch(Graph graph, int trigger, List<TriggerPattern> candidates) {
      Optional<Match> noSlot = Optional.empty();
      Optional<Match> emptySlot = Optional.empty();
      Optional<Match> anyFit = Optional.empty();
      for (TriggerPattern p : candidates) {
        Optional<Match> fit = fit(graph, trigger, p);
        if (fit.isEmpty()) {
          continue;
        }
        Match m = fit.get();
        boolean byPlace = TARGET_BY_PLACE_ROOTS.contains(p.cameo().substring(0, 2));
        boolean resolvable = m.targets().stream().anyMatch(t -> resolver.resolvable(graph, t) || pairAnaphor(graph, t)
            || byPlace && resolver.hasCountryWithin(graph, t));
        if (resolvable) {
          return fit;
        }
        Match bare = m.withArguments(m.sources(), List.of());
        if (noSlot.isEmpty() && !p.hasTargetSlot()) {
          noSlot = Optional.of(bare);
        } else if (emptySlot.isEmpty() && (p.targetless() || p.symmetric() || p.absorbs())) {
          emptySlot = Optional.of(bare);
        }
        if (anyFit.isEmpty()) {
          anyFit = Optional.of(bare);
        }
      }
      if (noSlot.isPresent()) {
        return noSlot;
      }
      return emptySlot.isPresent() ? emptySlot : anyFit;
    }

    Optional<Match> fit(Graph graph, int trigger, TriggerPattern p) {
      boolean passive = !p.noun() && (graph.hasChild(trigger, "nsubj:pass") || graph.hasChild(trigger, "aux:pass"));
      List<Integer> objects = p.noun() ? List.of() : graph.children(trigger, passive ? "nsubj:pass" : "obj");
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
      if (p.subject().isPresent()
          && verbSources(graph, trigger, passive).stream().noneMatch(subj -> fits(graph, subj, p.subject().get()))) {
        return Optional.empty();
      }
      Optional<Integer> object = words.stream().findFirst();
      List<Integer> targets = new ArrayList<>();
      for (String slot : p.targetSlots()) {
        switch (slot) {
          case "obj" -> {
            objects.stream().filter(o -> !words.contains(o)).forEach(targets::add);
            // "froze the assets of three ministers": the object the pattern names is the target's.
            objects.stream().filter(words::contains)
                .forEach(o -> targets.addAll(graph.children(o, r -> OWNER_RELATIONS.contains(r) || r.equals("nmod:of"))));
            if (objects.isEmpty()) {
              // "help the Philippines strengthen its coast guard": the object is the small clause's subject.
              // An accusation's clause must tell of a hostile act: "alleged that Chad armed the rebels"
              // accuses Chad, "claimed that Chad's economy grew" accuses no one.
              boolean accusation = p.cameo().startsWith("11");
              for (int clause : graph.children(trigger, r -> r.equals("ccomp") || r.equals("xcomp"))) {
                if (!accusation || hostile(tokens.get(clause))) {
                  targets.addAll(graph.children(clause, "nsubj"));
                }
              }
            }
          }
          case "iobj" -> targets.addAll(graph.children(trigger, "iobj"));
          default -> {
            targets.addAll(graph.children(trigger, r -> r.equals("obl:" + slot) || r.equals("nmod:" + slot)));
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
      }
      List<Integer> roots = new ArrayList<>(List.of(trigger));
      // "started barring", "were expected to meet": the governing verb's time is the event's.
      graph.head(trigger).filter(h -> h.relation().equals("xcomp")).ifPresent(h -> roots.add(h.governor()));
      List<Integer> sources = p.noun() ? nounSources(graph, trigger, p, roots) : verbSources(graph, trigger, passive);
      targets.removeIf(t -> ownedBySource(graph, t));
      // "conceded to demands from the union", "bowed to pressure by Washington": a prepositional
      // target that names no one is aimed at whose it is. (An object is a thing acted on: "received
      // the leader's money" is no visit of the leader.)
      for (int t : List.copyOf(targets)) {
        if (!objects.contains(t) && !resolver.resolvable(graph, t)) {
          targets.addAll(graph.children(t, OWNER_RELATIONS::contains));
        }
      }
      return Optional.of(new Match(p, trigger, object, words, sources, dedupe(targets), passive, roots, List.of()));
    }

    List<Integer> verbSources(Graph graph, int verb, boolean passive) {
      int node = verb;
      for (int step = 0; step < 3; step++) {
        List<Integer> found = passive
            ? graph.children(node, r -> r.equals("obl:agent") || r.equals("obl:by"))
            : graph.children(node, r -> r.equals("nsubj") || r.equals("nsubj:xsubj")).stream()
                .filter(subject -> !afterTo(subject)).toList();
        if (!found.isEmpty() || passive) {
          return found;
        }
        var head = graph.head(node);
        // A participle before its noun only describes it: "the visiting minister", "Chile's visiting king".
        boolean prenominal = head.isPresent() && (head.get().governor() > node
            || Set.of("POS", "DT", "PRP$").contains(tokens.get(node - 1).pos()));
        if (head.isPresent() && head.get().relation().equals("acl") && !passive && !prenominal) {
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
        if (head.isEmpty() || !Set.of("xcomp", "conj", "advcl").contains(Graph.base(head.get().relation()))) {
          return List.of();
        }
        node = head.get().governor();
      }
      return List.of();
    }

    /** "the minister's visit", "a visit by the minister", else the subject of the verb that holds the noun. */
    List<Integer> nounSources(Graph graph, int noun, TriggerPattern p, List<Integer> clauseRoots) {
      List<Integer> own = new ArrayList<>(graph.children(noun, r -> r.equals("nmod:poss") || r.equals("nmod:by")
          || r.equals("nmod:agent")));
      for (int child : graph.children(noun, r -> r.equals("amod") || r.equals("compound"))) {
        if (resolver.resolvable(graph, child)) {
          own.add(child);
        }
      }
      own.removeIf(o -> !resolver.resolvable(graph, o));
      int node = noun;
      for (int step = 0; step < 4; step++) {
        var head = graph.head(node);
        if (head.isEmpty() || !(LIGHT_RELATIONS.contains(head.get().relation())
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
     * An appeal, intent, demand, refusal or threat takes in the event it is about: "refused to
     * meet X" is one refusal of a meeting with X, "pledged to help X" one pledge towards X. The
     * complement is not coded by itself; its target becomes this event's target if it has none.
     */
    void absorbComplements(Graph graph, List<Match> matches) {
      List<Match> absorbed = new ArrayList<>();
      for (int i = 0; i < matches.size(); i++) {
        Match outer = matches.get(i);
        String root = outer.pattern().cameo().substring(0, 2);
        if (!outer.pattern().absorbs() && !ABSORBING_ROOTS.contains(root)) {
          continue;
        }
        // A request's that-clause is what is requested; an intent's that-clause has its own actor.
        boolean clauses = root.equals("02") || root.equals("10");
        Set<Integer> complement = new HashSet<>();
        for (int c : graph.children(outer.trigger(), r -> complementRelation(graph, outer.trigger(), r, clauses))) {
          subtree(graph, c, complement);
        }
        // "Beijing's refusal to hold talks" is often parsed with the noun as the subject of "hold".
        graph.parents(outer.trigger()).stream()
            .filter(d -> d.relation().equals("nsubj") && d.governor() >= 0
                && graph.children(d.governor(), "mark").stream().anyMatch(mk -> lemma(mk).equals("to")))
            .forEach(d -> subtree(graph, d.governor(), complement));
        complement.remove(outer.trigger());
        Optional<Match> inner = matches.stream()
            .filter(m -> m != outer && !absorbed.contains(m) && complement.contains(m.trigger())).findFirst();
        if (inner.isEmpty()) {
          // "threatened to cut off electricity to Armenia": an act no pattern codes still names
          // whom the threat, pledge or refusal is aimed at.
          // Two sides that agree are each other's target, whatever their agreement is about.
          boolean named = outer.pattern().symmetric()
              || outer.targets().stream().anyMatch(t -> resolver.resolvable(graph, t));
          List<Integer> aimedAt = named ? List.of() : complementTargets(graph, outer, complement);
          if (!aimedAt.isEmpty()) {
            matches.set(i, new Match(outer.pattern(), outer.trigger(), outer.object(), outer.words(), outer.sources(),
                aimedAt, outer.passive(), outer.clauseRoots(), outer.unresolved()));
          } else if (!named && outer.targets().isEmpty()) {
            List<Integer> unresolved = new ArrayList<>(outer.unresolved());
            unresolved.addAll(complementHeads(graph, outer));
            matches.set(i, new Match(outer.pattern(), outer.trigger(), outer.object(), outer.words(), outer.sources(),
                List.of(), outer.passive(), outer.clauseRoots(), unresolved));
          }
          if (aimedAt.isEmpty() && outer.pattern().absorbs()) {
            absorbed.add(outer);
          }
          continue;
        }
        List<Integer> sources = outer.sources().isEmpty() ? inner.get().sources() : outer.sources();
        // "demanded that the United States stop ...": the one asked is the that-clause's subject.
        List<Integer> addressees = clauses ? graph.children(outer.trigger(), "ccomp").stream()
            .flatMap(c -> graph.children(c, "nsubj").stream()).toList() : List.of();
        List<Integer> targets = !outer.targets().isEmpty() ? outer.targets()
            : !addressees.isEmpty() ? addressees : inner.get().targets();
        String innerRoot = inner.get().pattern().cameo().substring(0, 2);
        TriggerPattern pattern = root.equals("12")
            ? outer.pattern().withCode(REFUSED_ROOT_TO_CODE.getOrDefault(innerRoot, outer.pattern().cameo()))
            : (root.equals("03") && !outer.pattern().symmetric() || outer.pattern().cameo().equals("130"))
                && THREATENED_ROOT_TO_CODE.containsKey(innerRoot)
                ? outer.pattern().withCode(THREATENED_ROOT_TO_CODE.get(innerRoot))
                // "agreed to lift the sanctions": a plain intent is coded by the act it promises.
                : outer.pattern().cameo().equals("030") && !IntentCodes.forPlanned(inner.get().pattern().cameo())
                    .equals(inner.get().pattern().cameo())
                    ? outer.pattern().withCode(IntentCodes.forPlanned(inner.get().pattern().cameo()))
                    : outer.pattern();
        List<Integer> unresolved = new ArrayList<>(outer.unresolved());
        if (targets.isEmpty()) {
          unresolved.addAll(inner.get().unresolved());
          unresolved.addAll(complementHeads(graph, outer));
        }
        matches.set(i, new Match(pattern, outer.trigger(), outer.object(), outer.words(), sources, targets,
            outer.passive(), outer.clauseRoots(), unresolved));
        absorbed.add(inner.get());
      }
      matches.removeAll(absorbed);
    }

    /**
     * "began a hunger strike to protest the tax", "marched to protest the verdict": a protest's
     * purpose clause says what the same protest is against; it is not a second protest.
     */
    void absorbPurposes(Graph graph, List<Match> matches) {
      List<Match> absorbed = new ArrayList<>();
      for (int i = 0; i < matches.size(); i++) {
        Match outer = matches.get(i);
        if (!outer.pattern().cameo().startsWith("14") || absorbed.contains(outer)) {
          continue;
        }
        Set<Integer> holders = new HashSet<>(outer.words());
        holders.add(outer.trigger());
        graph.head(outer.trigger()).filter(h -> Graph.base(h.relation()).equals("obj"))
            .ifPresent(h -> holders.add(h.governor()));
        for (Match inner : List.copyOf(matches)) {
          boolean purpose = inner != outer && inner.pattern().cameo().startsWith("14") && !absorbed.contains(inner)
              && graph.head(inner.trigger()).filter(h -> holders.contains(h.governor())
                  && Set.of("advcl", "xcomp", "acl").contains(Graph.base(h.relation()))).isPresent()
              && graph.children(inner.trigger(), "mark").stream().anyMatch(mk -> lemma(mk).equals("to"));
          if (purpose) {
            absorbed.add(inner);
            if (outer.targets().isEmpty() && !inner.targets().isEmpty()) {
              outer = outer.withArguments(outer.sources(), inner.targets());
              matches.set(i, outer);
            }
          }
        }
      }
      matches.removeAll(absorbed);
    }

    /**
     * The first actor the complement's verb acts on: its object, then its prepositional phrases,
     * then a phrase on its object that says whom the act reaches ("halt oil sales to Armenia").
     */
    List<Integer> complementTargets(Graph graph, Match outer, Set<Integer> complement) {
      List<Integer> heads = complement.stream().filter(t -> tokens.get(t).isVerb()).sorted().toList();
      for (int verb : heads) {
        List<Integer> reached = new ArrayList<>();
        for (var d : graph.children(verb)) {
          String r = d.relation();
          boolean argument = r.equals("obj") || r.equals("iobj") || (r.startsWith("obl:") && !r.equals("obl:tmod")
              && !Set.of("obl:in", "obl:at", "obl:during", "obl:since", "obl:after", "obl:before").contains(r));
          if (argument && !outer.sources().contains(d.dependent()) && resolver.resolvable(graph, d.dependent())) {
            return List.of(d.dependent());
          }
          if (r.equals("obj")) {
            reached.addAll(graph.children(d.dependent(), REACHING::contains));
          }
        }
        for (int phrase : reached) {
          if (!outer.sources().contains(phrase) && resolver.resolvable(graph, phrase)) {
            return List.of(phrase);
          }
        }
      }
      return List.of();
    }

    /** The clauses an absorbing event is about: where a threat's act would happen, for one. */
    List<Integer> complementHeads(Graph graph, Match outer) {
      return graph.children(outer.trigger(), r -> complementRelation(graph, outer.trigger(), r, true));
    }

    boolean complementRelation(Graph graph, int trigger, String relation, boolean clauses) {
      String base = Graph.base(relation);
      return base.equals("xcomp") || base.equals("acl") || relation.equals("advcl:to")
          || (clauses && base.equals("ccomp"));
    }

    void code(Graph graph, Sentence s, Match m) {
      TriggerPattern p = m.pattern();
      List<Actor> sources = actors(graph, m.sources(), Optional.empty(), p.symmetric());
      Optional<String> hint = sources.stream().flatMap(a -> a.country().stream()).findFirst();
      List<Actor> targets = new ArrayList<>();
      for (int phrase : m.targets()) {
        // "attacked a Nigerian army base": a thing's owner says more than the state its adjective names.
        List<Actor> owner = THING_OWNER_ROOTS.contains(p.cameo().substring(0, 2)) && thing(phrase)
            ? ownerOfThing(graph, List.of(phrase), sources) : List.of();
        for (Actor a : owner.isEmpty() ? actors(graph, List.of(phrase), hint, false) : owner) {
          if (targets.stream().noneMatch(t -> t.id().equals(a.id()))) {
            targets.add(a);
          }
        }
      }
      // A state is not the place of its own act ("Gabon threatened raids in Gabon"); its rebels
      // attacking its capital are another side.
      Set<String> own = new HashSet<>();
      sources.stream().filter(a -> a.sector().isEmpty()).forEach(a -> a.country().ifPresent(own::add));
      if (targets.isEmpty() && THING_OWNER_ROOTS.contains(p.cameo().substring(0, 2))) {
        List<Integer> things = new ArrayList<>(m.targets().isEmpty() ? m.unresolved() : m.targets());
        things.addAll(m.words());
        targets = ownerOfThing(graph, things, sources);
      }
      if (targets.isEmpty() && TARGET_BY_PLACE_ROOTS.contains(p.cameo().substring(0, 2))) {
        for (int phrase : m.targets().isEmpty() ? m.unresolved() : m.targets()) {
          targets = resolver.countryWithin(graph, phrase, own).stream().toList();
          if (!targets.isEmpty()) {
            break;
          }
        }
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
        targets = locationInClause(EventDater.clause(graph, m.clauseRoots())).flatMap(Location::country)
            .filter(iso3 -> !own.contains(iso3)).map(resolver::state).stream().toList();
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
      if (together && targets.isEmpty() && sources.size() >= 2) {
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
      if (sources.isEmpty() && p.implicitSector().isPresent() && (p.noun() || m.passive())) {
        Optional<String> country = targets.stream().flatMap(a -> a.country().stream()).findFirst();
        sources = resolver.implicitAgent(country, p.implicitSector().get()).stream().toList();
        inferredSource = true;
      }
      if (sources.isEmpty() && ATTACK_ROOTS.contains(p.cameo().substring(0, 2)) && !targets.isEmpty()
          && m.sources().stream().noneMatch(src -> couldBeParty(doc, mentions, tokens.get(src)))) {
        sources = unnamedAttacker(graph, m).stream().toList();
        inferredSource = !sources.isEmpty();
      }
      if (sources.isEmpty() && p.cameo().startsWith("14") && !m.sources().isEmpty()
          && m.sources().stream().allMatch(src -> counted(graph, src))) {
        int crowd = m.sources().get(0);
        sources = locationInClause(EventDater.clause(graph, m.clauseRoots())).flatMap(Location::country)
            .map(iso3 -> resolver.crowd(crowd, iso3)).stream().toList();
        inferredSource = !sources.isEmpty();
      }
      if (sources.isEmpty()) {
        return;
      }
      int root = Integer.parseInt(p.cameo().substring(0, 2));
      if (targets.isEmpty() && !p.targetless() && root >= 9) {
        targets = targetFromContext(s, sources.get(0)).stream().toList();
        inferredTarget = !targets.isEmpty();
      }
      // "Nurses went on strike", "farmers blocked highways": a people's protest with nothing else
      // named is aimed at its own state, as the PLOVER coders code it.
      if (targets.isEmpty() && root == 14 && sources.get(0).sector().isPresent()
          && sources.get(0).country().isPresent()) {
        targets = List.of(resolver.state(sources.get(0).country().get()));
        inferredTarget = true;
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
          && !complementHeads(graph, m).isEmpty();
      if (targets.isEmpty() && !p.targetless() && !aboutAnAct && !protestOrShowOfForce
          && (p.requirements().isEmpty() || !standsAlone)) {
        return;
      }
      addDrafts(graph, s, m, sources, targets, inferredSource, inferredTarget);
    }

    /**
     * "shelled rebel positions", "bombed Tigrayan towns", "condemned the coup in Niger": praise,
     * blame, refusal and force aimed at a thing are aimed at whose it is, or where it happened.
     */
    List<Actor> ownerOfThing(Graph graph, List<Integer> phrases, List<Actor> sources) {
      for (int phrase : phrases) {
        for (String relation : THING_OWNER_RELATIONS) {
          for (int owner : graph.children(phrase, relation)) {
            if (!resolver.resolvable(graph, owner)) {
              continue;
            }
            Optional<String> hint = sources.stream().flatMap(a -> a.country().stream()).findFirst();
            Optional<Actor> actor = resolver.resolve(graph, owner, hint);
            if (actor.isPresent() && sources.stream().noneMatch(src -> src.id().equals(actor.get().id()))) {
              return List.of(actor.get());
            }
          }
        }
      }
      return List.of();
    }

    /** The head of the IMF and NATO's chief share the code IGO and are still two sides. */
    boolean twoBodiesWithoutAState(Actor a, Actor b) {
      return a.country().isEmpty() && b.country().isEmpty() && !a.name().equalsIgnoreCase(b.name());
    }

    /** A common noun that names no one: "the base", "the decision", not "the police" or "Chad". */
    boolean thing(int head) {
      Token t = tokens.get(head);
      return t.isNoun() && !t.pos().startsWith("NNP") && t.ner().equals("O") && !mentions.has(head)
          && knowledge.roles().get(t.lemma().toLowerCase(Locale.ROOT)).isEmpty()
          && knowledge.roles().get(t.word().toLowerCase(Locale.ROOT)).isEmpty();
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
    Optional<Actor> unnamedAttacker(Graph graph, Match m) {
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
      return locationInClause(EventDater.clause(graph, m.clauseRoots())).flatMap(Location::country)
          .map(resolver::state);
    }

    void addDrafts(Graph graph, Sentence s, Match m, List<Actor> sources, List<Actor> targets,
        boolean inferredSource, boolean inferredTarget) {
      TriggerPattern p = m.pattern();
      Set<Integer> clause = EventDater.clause(graph, m.clauseRoots());
      ModalityJudge.Reading reading = modality.read(doc, graph, m.trigger(), m.clauseRoots());
      // "said it would not release the prisoners": a declared refusal, which CAMEO codes under 12
      // by what is refused; the refusal itself is reported as made.
      String refusedCode = REFUSED_ROOT_TO_CODE.get(p.cameo().substring(0, 2));
      boolean refusal = reading.refused() && refusedCode != null;
      String code = refusal ? refusedCode : p.cameo();
      // "wants to help Laos", "is ready to attack": a wish to cooperate is an intent (03), a wish to
      // use force a threat (13), as the CAMEO codebook codes them.
      if (!refusal && reading.modality() != Modality.NEGATED && wished(graph, m.trigger())) {
        String root2 = code.substring(0, 2);
        code = THREATENED_ROOT_TO_CODE.containsKey(root2) ? THREATENED_ROOT_TO_CODE.get(root2)
            : IntentCodes.forPlanned(code);
      }
      // "will boycott the vote unless the president resigns": a hostile act announced on a
      // condition is a threat, and the threat itself was made.
      boolean conditionalThreat = !refusal && THREATENED_ROOT_TO_CODE.containsKey(code.substring(0, 2))
          && reading.modality() != Modality.NEGATED && onCondition(graph, m.trigger());
      if (conditionalThreat) {
        code = THREATENED_ROOT_TO_CODE.get(code.substring(0, 2));
      }
      Modality judged = refusal || conditionalThreat ? Modality.ASSERTED : reading.modality();
      int after = m.object().filter(o -> o > m.trigger()).orElse(m.trigger());
      var stated = dater.inClause(clause)
          .or(() -> m.sources().stream().filter(src -> src < m.trigger()).findFirst()
              .flatMap(src -> dater.between(src, m.trigger())))
          .or(() -> dater.between(after, after + 3));
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
          if (p.reciprocal().isPresent() && target.isPresent() && target.get().code().isPresent()) {
            drafts.add(new EventDraft(p, p.reciprocal().get(), target.get(), Optional.of(source), mod,
                dated.map(EventDater.Dated::value), dated.map(d -> d.mention().text()), stated.isEmpty(),
                location, s.index(), trigger, evidence, confidence));
          }
        }
      }
    }

    List<Actor> actors(Graph graph, List<Integer> heads, Optional<String> hint, boolean symmetric) {
      List<Actor> found = new ArrayList<>();
      for (int h : heads) {
        if (symmetric && pairAnaphor(graph, h)) {
          Optional<EventDraft> pair = lastPair(tokens.get(h).sentence());
          if (pair.isPresent()) {
            found.add(pair.get().source());
            found.add(pair.get().target().orElseThrow());
            continue;
          }
        }
        resolver.resolve(graph, h, hint).ifPresent(a -> {
          if (found.stream().noneMatch(f -> f.id().equals(a.id()))) {
            found.add(a);
          }
        });
        // "Kenyan and Ugandan officials met": a coordinated nationality is a group of its own.
        for (int adjective : graph.children(h, "amod")) {
          resolver.coordinatedGroup(adjective).filter(a -> found.stream().noneMatch(f -> f.id().equals(a.id())))
              .ifPresent(found::add);
        }
      }
      return found;
    }

    /** "both sides", "the two leaders", "they": the two parties of the latest exchange. */
    boolean pairAnaphor(Graph graph, int head) {
      String word = tokens.get(head).word().toLowerCase(Locale.ROOT);
      if (word.equals("they") || word.equals("both")) {
        return true;
      }
      boolean two = graph.children(head, r -> r.equals("nummod") || r.equals("det") || r.equals("det:predet"))
          .stream().map(c -> tokens.get(c).word().toLowerCase(Locale.ROOT)).anyMatch(w -> w.equals("two") || w.equals("both"));
      return two && tokens.get(head).pos().equals("NNS");
    }

    Optional<EventDraft> lastPair(int sentence) {
      for (int i = drafts.size() - 1; i >= 0; i--) {
        EventDraft d = drafts.get(i);
        if (sentence - d.sentence() > PAIR_LOOKBACK_SENTENCES) {
          break;
        }
        int root = Integer.parseInt(d.root());
        if (root >= 3 && root <= 6 && d.target().isPresent()) {
          return Optional.of(d);
        }
      }
      return Optional.empty();
    }

    /** "Seoul filed a complaint": against whom the same side acted just before. */
    Optional<Actor> targetFromContext(Sentence s, Actor source) {
      for (int i = drafts.size() - 1; i >= 0; i--) {
        EventDraft d = drafts.get(i);
        if (s.index() - d.sentence() > TARGET_LOOKBACK_SENTENCES) {
          break;
        }
        if (d.target().isPresent() && source.country().isPresent()
            && d.source().country().equals(source.country())) {
          return d.target();
        }
      }
      return Optional.empty();
    }

    Optional<Location> location(Set<Integer> clause) {
      return locationInClause(clause).or(() -> dateline.flatMap(d -> places.stream()
          .filter(p -> p.name().equals(d.place()) && p.lat().isPresent() && p.lon().isPresent()).findFirst())
          .map(p -> new Location(p.name(), p.country(), p.lat().get(), p.lon().get())));
    }

    /** A geocoded place the clause itself names. */
    Optional<Location> locationInClause(Set<Integer> clause) {
      for (Place place : places) {
        if (place.lat().isEmpty() || place.lon().isEmpty()) {
          continue;
        }
        for (Mention m : place.mentions()) {
          if (clause.stream().anyMatch(i -> tokens.get(i).start() == m.start())) {
            return Optional.of(new Location(place.name(), place.country(), place.lat().get(), place.lon().get()));
          }
        }
      }
      return Optional.empty();
    }

    Mention triggerMention(Match m) {
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

    /**
     * Whether the phrase headed by {@code node} is one a requirement accepts: its head word (a
     * plural as its singular: "troops" keeps its plural as lemma) with the phrase's modifiers, or a
     * one-word phrase found as a modifier ("used chemical weapons" fits {@code +chemical},
     * "pledged $55 million in aid" fits {@code +aid}).
     */
    boolean fits(Graph graph, int node, Requirement requirement) {
      for (List<String> phrase : requirement.alternatives()) {
        String head = phrase.get(phrase.size() - 1);
        if (phrase.size() == 1) {
          if (headIs(node, head) || graph.children(node, r -> r.equals("amod") || r.equals("compound")
              || r.equals("nmod:in") || r.equals("nmod:of")).stream().anyMatch(m -> lemma(m).equals(head))) {
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

    boolean headIs(int node, String word) {
      String form = tokens.get(node).word().toLowerCase(Locale.ROOT);
      return lemma(node).equals(word) || form.equals(word)
          || (form.endsWith("s") && form.substring(0, form.length() - 1).equals(word));
    }

    /**
     * "withdrew its troops", "recalled their envoy": the source's own people are not whom it acts
     * on. Relations are: "attacked its neighbour" does name the target, and "neighbour" is no role.
     */
    boolean ownedBySource(Graph graph, int phrase) {
      return !knowledge.roles().get(lemma(phrase)).isEmpty() && graph.children(phrase, "nmod:poss").stream()
          .anyMatch(p -> Set.of("its", "their").contains(tokens.get(p).word().toLowerCase(Locale.ROOT)));
    }

    /** "will strike unless ...", "would boycott if ...": a future act with a condition attached. */
    boolean onCondition(Graph graph, int trigger) {
      boolean future = graph.children(trigger, "aux").stream().map(this::lemma)
          .anyMatch(a -> Set.of("will", "would", "shall").contains(a));
      return future && graph.children(trigger, r -> Graph.base(r).equals("advcl")).stream()
          .anyMatch(c -> graph.children(c, "mark").stream().map(this::lemma).anyMatch(mk -> mk.equals("unless") || mk.equals("if")));
    }

    /** Whether some pattern codes this word as a hostile act (CAMEO roots 11 to 20). */
    boolean hostile(Token word) {
      return patterns.candidates(word).stream().anyMatch(c -> Integer.parseInt(c.cameo().substring(0, 2)) >= 11);
    }

    /** Whether the trigger is what its subject wants, seeks or stands ready to do. */
    boolean wished(Graph graph, int trigger) {
      return graph.head(trigger).filter(h -> Graph.base(h.relation()).equals("xcomp")
          && knowledge.isA(lemma(h.governor()), "wish")).isPresent();
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

    /** "flew to Geneva to meet": a subject right after "to" is a misparse of a place. */
    boolean afterTo(int token) {
      return token > 0 && tokens.get(token - 1).word().equalsIgnoreCase("to");
    }

    String lemma(int token) {
      return tokens.get(token).lemma().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The tokens of the phrase headed by {@code root}, without the relative clauses and loosely
   * attached clauses inside it: in "agreed on flights, which lifted airline shares", the lifting
   * is not part of what was agreed.
   */
  private static void subtree(Graph graph, int root, Set<Integer> into) {
    if (into.add(root)) {
      for (var d : graph.children(root)) {
        if (!d.relation().startsWith("acl:relcl") && !d.relation().equals("parataxis")) {
          subtree(graph, d.dependent(), into);
        }
      }
    }
  }

  private static List<Integer> dedupe(List<Integer> list) {
    return List.copyOf(new LinkedHashSet<>(list));
  }
}
