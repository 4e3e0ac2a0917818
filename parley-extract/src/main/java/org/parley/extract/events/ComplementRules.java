package org.parley.extract.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.syntax.Graph;

/**
 * Rules between the events of one sentence: an appeal, intent, demand, refusal or threat takes in
 * the event it is about; a protest's purpose clause is the same protest; a protest made in words is
 * a complaint.
 */
final class ComplementRules extends CodingPass {
  private static final Set<String> ABSORBING_ROOTS = Set.of("02", "03", "10", "12", "13");
  /** CAMEO's "complain officially", what a protest made in words is. */
  private static final String SPOKEN_PROTEST = "114";
  /** Phrases on an object that name whom an act reaches: "sales to", "raids against", "a ban on". */
  private static final Set<String> REACHING = Set.of(
      "nmod:to", "nmod:against", "nmod:on", "nmod:into", "nmod:toward", "nmod:towards");

  /**
   * Whom a request or demand asks: the subject of its that-clause ("demanded that the United States
   * stop"), or of its object's ("demanded an assurance that the troops would leave"), when that
   * subject names someone.
   */
  List<Integer> addressees(Graph graph, FrameMatch outer) {
    List<Integer> clauses = new ArrayList<>(graph.children(outer.trigger(), "ccomp"));
    clauses.addAll(objectClauses(graph, outer));
    return clauses.stream().flatMap(c -> graph.children(c, "nsubj").stream())
        .filter(subject -> resolver.resolvable(graph, subject)).toList();
  }

  /** The clauses on a request's object: "an assurance that the troops would leave". */
  private static List<Integer> objectClauses(Graph graph, FrameMatch outer) {
    // The object, and the phrase a pattern requires: "insisted on its demand that ..." asks what
    // the demand's clause says.
    Set<Integer> objects = new LinkedHashSet<>(graph.children(outer.trigger(), "obj"));
    outer.words().stream().filter(w -> w != outer.trigger()).forEach(objects::add);
    List<Integer> clauses = new ArrayList<>();
    for (int object : objects) {
      clauses.addAll(graph.children(object, r -> Graph.base(r).equals("ccomp") || Graph.base(r).equals("acl")));
    }
    return clauses;
  }

  /** Subjects of a that-clause that stand for the speaker who threatens or pledges. */
  private static final Set<String> SELF_PRONOUNS = Set.of("it", "they", "we", "he", "she", "i");

  ComplementRules(CodingState state) {
    super(state);
  }

  /**
   * "Peru protested that the jets had crossed", "..., the union protested": a protest that reports
   * what was said is an official complaint (114), not a demonstration.
   */
  void recodeSpokenProtests(Graph graph, List<FrameMatch> matches) {
    for (int i = 0; i < matches.size(); i++) {
      FrameMatch m = matches.get(i);
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
        matches.set(i, new FrameMatch(m.pattern().withCode(SPOKEN_PROTEST), m.trigger(), m.object(), m.words(),
            m.sources(), about, m.passive(), m.clauseRoots(), m.unresolved()));
      }
    }
  }

  /**
   * An appeal, intent, demand, refusal or threat takes in the event it is about: "refused to
   * meet X" is one refusal of a meeting with X, "pledged to help X" one pledge towards X. The
   * complement is not coded by itself; its target becomes this event's target if it has none.
   */
  void absorbComplements(Graph graph, List<FrameMatch> matches) {
    List<FrameMatch> absorbed = new ArrayList<>();
    for (int i = 0; i < matches.size(); i++) {
      FrameMatch outer = matches.get(i);
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
      // "demanded an assurance that the troops would leave": what a request's object says is asked for.
      if (clauses) {
        objectClauses(graph, outer).forEach(c -> subtree(graph, c, complement));
      }
      // "warned it would close the strait", "vowed that they would retaliate": a threat or pledge
      // whose that-clause is the speaker's own act is about that act.
      if (root.equals("13") || root.equals("03")) {
        for (int c : graph.children(outer.trigger(), "ccomp")) {
          if (graph.children(c, "nsubj").stream().anyMatch(subj -> SELF_PRONOUNS.contains(lemma(subj)))) {
            subtree(graph, c, complement);
          }
        }
      }
      // "Beijing's refusal to hold talks" is often parsed with the noun as the subject of "hold".
      graph.parents(outer.trigger()).stream()
          .filter(d -> d.relation().equals("nsubj") && d.governor() >= 0
              && graph.children(d.governor(), "mark").stream().anyMatch(mk -> lemma(mk).equals("to")))
          .forEach(d -> subtree(graph, d.governor(), complement));
      // "vowed to respond after troops shelled the town": what a clause of time or cause tells as
      // done is no part of the vow.
      for (int t : List.copyOf(complement)) {
        if (graph.head(t).filter(h -> Set.of("advcl", "acl").contains(Graph.base(h.relation()))).isPresent()
            && ModalityJudge.reportsWhatHappened(tokens, graph, t)) {
          Set<Integer> told = new HashSet<>();
          subtree(graph, t, told);
          complement.removeAll(told);
        }
      }
      complement.remove(outer.trigger());
      Optional<FrameMatch> inner = matches.stream()
          .filter(m -> m != outer && !absorbed.contains(m) && complement.contains(m.trigger())).findFirst();
      if (inner.isEmpty()) {
        // "threatened to halt grain shipments to Laos": an act no pattern codes still names
        // whom the threat, pledge or refusal is aimed at.
        // Two sides that agree are each other's target, whatever their agreement is about.
        boolean named = outer.pattern().symmetric()
            || outer.targets().stream().anyMatch(t -> resolver.resolvable(graph, t));
        // "their demand that the army leave the villages": the one a request asks comes before
        // whatever the requested act reaches, as when the act is coded.
        List<Integer> aimedAt = named || !clauses ? List.of() : addressees(graph, outer);
        if (aimedAt.isEmpty() && !named) {
          aimedAt = complementTargets(graph, outer, complement);
        }
        if (!aimedAt.isEmpty()) {
          matches.set(i, new FrameMatch(outer.pattern(), outer.trigger(), outer.object(), outer.words(), outer.sources(),
              aimedAt, outer.passive(), outer.clauseRoots(), outer.unresolved()));
        } else if (!named && outer.targets().isEmpty()) {
          List<Integer> unresolved = new ArrayList<>(outer.unresolved());
          unresolved.addAll(complementHeads(graph, outer));
          matches.set(i, new FrameMatch(outer.pattern(), outer.trigger(), outer.object(), outer.words(), outer.sources(),
              List.of(), outer.passive(), outer.clauseRoots(), unresolved));
        }
        // "threatened to resume attacks in Israel": a place the act would happen in is still an aim.
        boolean placed = TARGET_BY_PLACE_ROOTS.contains(root)
            && complement.stream().anyMatch(t -> resolver.hasCountryWithin(graph, t));
        if (aimedAt.isEmpty() && outer.pattern().absorbs() && !placed) {
          absorbed.add(matches.get(i)); // the match as just rewritten, which removeAll must find
        }
        continue;
      }
      List<Integer> sources = outer.sources().isEmpty() ? inner.get().sources() : outer.sources();
      // "demanded that the United States stop ...": the one asked is the that-clause's subject.
      List<Integer> addressees = clauses ? addressees(graph, outer) : List.of();
      List<Integer> targets = !outer.targets().isEmpty() ? outer.targets()
          : !addressees.isEmpty() ? addressees : inner.get().targets();
      String innerRoot = inner.get().pattern().cameo().substring(0, 2);
      TriggerPattern pattern = root.equals("12")
          ? outer.pattern().withCode(IntentCodes.REFUSED.getOrDefault(innerRoot, outer.pattern().cameo()))
          : (root.equals("03") && !outer.pattern().symmetric() || outer.pattern().cameo().equals("130"))
              && IntentCodes.THREATENED.containsKey(innerRoot)
              ? outer.pattern().withCode(IntentCodes.THREATENED.get(innerRoot))
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
      matches.set(i, new FrameMatch(pattern, outer.trigger(), outer.object(), outer.words(), sources, targets,
          outer.passive(), outer.clauseRoots(), unresolved));
      absorbed.add(inner.get());
      // "asked that Chad respect the rights of the opposition and allow them to meet": everything a
      // request or demand asks for is part of it, not an act of its own.
      if (clauses) {
        matches.stream().filter(m -> m != outer && complement.contains(m.trigger()) && !absorbed.contains(m))
            .forEach(absorbed::add);
      }
    }
    matches.removeAll(absorbed);
  }

  /**
   * "began a hunger strike to protest the tax", "marched to protest the verdict": a protest's
   * purpose clause says what the same protest is against; it is not a second protest.
   */
  void absorbPurposes(Graph graph, List<FrameMatch> matches) {
    List<FrameMatch> absorbed = new ArrayList<>();
    for (int i = 0; i < matches.size(); i++) {
      FrameMatch outer = matches.get(i);
      if (!outer.pattern().cameo().startsWith("14") || absorbed.contains(outer)) {
        continue;
      }
      Set<Integer> holders = new HashSet<>(outer.words());
      holders.add(outer.trigger());
      graph.head(outer.trigger()).filter(h -> Graph.base(h.relation()).equals("obj"))
          .ifPresent(h -> holders.add(h.governor()));
      for (FrameMatch inner : List.copyOf(matches)) {
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
  List<Integer> complementTargets(Graph graph, FrameMatch outer, Set<Integer> complement) {
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
  static List<Integer> complementHeads(Graph graph, FrameMatch outer) {
    return graph.children(outer.trigger(), r -> complementRelation(graph, outer.trigger(), r, true));
  }

  static boolean complementRelation(Graph graph, int trigger, String relation, boolean clauses) {
    String base = Graph.base(relation);
    return base.equals("xcomp") || base.equals("acl") || relation.equals("advcl:to")
        || (clauses && base.equals("ccomp"));
  }

  /**
   * The tokens of the phrase headed by {@code root}, without the relative clauses and loosely
   * attached clauses inside it: in "agreed on flights, which lifted airline shares", the lifting
   * is not part of what was agreed.
   */
  static void subtree(Graph graph, int root, Set<Integer> into) {
    if (into.add(root)) {
      for (var d : graph.children(root)) {
        if (!d.relation().startsWith("acl:relcl") && !d.relation().equals("parataxis")) {
          subtree(graph, d.dependent(), into);
        }
      }
    }
  }
}
