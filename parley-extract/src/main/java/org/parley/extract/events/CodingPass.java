package org.parley.extract.events;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.parley.core.article.Dateline;
import org.parley.core.record.Location;
import org.parley.core.record.Mention;
import org.parley.core.record.Place;
import org.parley.core.text.Dependency;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.Token;
import org.parley.extract.actors.MentionIndex;
import org.parley.extract.dictionary.Knowledge;
import org.parley.extract.syntax.Graph;

/** One coding pass over one document: the shared state, and the token helpers every pass uses. */
abstract class CodingPass {
  /**
   * Aid, its withdrawal, coercion and force reach places and people more than states: "aid to
   * people hit by the quake in X", "cut food supplies to camps in X", "imposed a curfew in X";
   * a threat is aimed at where its act would happen ("threatened to resume raids in X").
   */
  static final Set<String> TARGET_BY_PLACE_ROOTS = Set.of("03", "07", "13", "15", "16", "17", "18", "19", "20");

  final Knowledge knowledge;
  final PatternBook patterns;
  final ModalityJudge modality;
  final ParsedDocument doc;
  final List<Token> tokens;
  final ArgumentResolver resolver;
  final MentionIndex mentions;
  final EventDater dater;
  final List<Place> places;
  final Optional<Dateline> dateline;
  final List<EventDraft> drafts;
  final Set<Integer> verbTriggers;

  CodingPass(CodingState state) {
    this.knowledge = state.knowledge;
    this.patterns = state.patterns;
    this.modality = state.modality;
    this.doc = state.doc;
    this.tokens = state.doc.tokens();
    this.resolver = state.resolver;
    this.mentions = state.mentions;
    this.dater = state.dater;
    this.places = state.places;
    this.dateline = state.dateline;
    this.drafts = state.drafts;
    this.verbTriggers = state.verbTriggers;
  }

  /**
   * Whether the token could be a side of an event: an actor's mention, a pronoun, a named entity, a
   * country's name or a role noun.
   */
  static boolean couldBeParty(Knowledge knowledge, ParsedDocument doc, MentionIndex mentions, Token t) {
    if (mentions.has(t.index()) || t.pos().equals("PRP") || !t.ner().equals("O")) {
      return true;
    }
    if (t.isCapitalised() && knowledge.countryRefs().longestAt(doc.tokens(), t.index(), Token::word).isPresent()) {
      return true;
    }
    return t.isNoun() && !knowledge.roles().get(t.lemma().toLowerCase(Locale.ROOT)).isEmpty();
  }

  boolean couldBeParty(Token t) {
    return couldBeParty(knowledge, doc, mentions, t);
  }

  private static final int PAIR_LOOKBACK_SENTENCES = 3;

  /**
   * The two sides of the latest exchange (roots 03 to 06) shortly before this sentence; else of the
   * latest quarrel or fight: two sides that acted on each other ("demanded ... rejected the demand
   * and accused the party"), or one that used force on another.
   */
  Optional<EventDraft> lastPair(int sentence) {
    return latestDraft(sentence, PAIR_LOOKBACK_SENTENCES, d -> {
      int root = Integer.parseInt(d.root());
      return root >= 3 && root <= 6 && d.target().isPresent();
    }).or(() -> latestDraft(sentence, PAIR_LOOKBACK_SENTENCES, d -> d.target().isPresent()
        && (Integer.parseInt(d.root()) >= 17 || answered(sentence, d))));
  }

  /**
   * The two states that an earlier sentence told of quarrelling or fighting most often (criticism,
   * demands, refusals, threats, sanctions, coercion, force: roots 10 to 20 but protests), the latest
   * first among equals; the draft that told of them last.
   */
  Optional<EventDraft> quarrellingPair(int sentence) {
    Map<Set<String>, Integer> counts = new HashMap<>();
    Map<Set<String>, EventDraft> latest = new HashMap<>();
    for (EventDraft d : drafts) {
      int root = Integer.parseInt(d.root());
      if (d.sentence() >= sentence || root < 10 || root == 14 || d.target().isEmpty()) {
        continue;
      }
      Optional<String> from = d.source().country();
      Optional<String> to = d.target().get().country();
      if (from.isEmpty() || to.isEmpty() || from.equals(to)) {
        continue;
      }
      Set<String> pair = Set.of(from.get(), to.get());
      counts.merge(pair, 1, Integer::sum);
      latest.put(pair, d);
    }
    return latest.entrySet().stream()
        .max(Comparator.<Map.Entry<Set<String>, EventDraft>>comparingInt(e -> counts.get(e.getKey()))
            .thenComparingInt(e -> drafts.indexOf(e.getValue())))
        .map(Map.Entry::getValue);
  }

  /** Whether the target of {@code d} acted on its source too, shortly before {@code sentence}. */
  private boolean answered(int sentence, EventDraft d) {
    return latestDraft(sentence, PAIR_LOOKBACK_SENTENCES, back -> back != d && back.target().isPresent()
        && back.source().id().equals(d.target().get().id()) && back.target().get().id().equals(d.source().id()))
        .isPresent();
  }

  /** The draft coded last that passes {@code test}, among those of this sentence and {@code lookback} before it. */
  Optional<EventDraft> latestDraft(int sentence, int lookback, Predicate<EventDraft> test) {
    for (int i = drafts.size() - 1; i >= 0; i--) {
      EventDraft d = drafts.get(i);
      if (sentence - d.sentence() > lookback) {
        break;
      }
      if (test.test(d)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
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

  Optional<Location> location(Set<Integer> clause) {
    return locationInClause(clause).or(() -> dateline.flatMap(d -> places.stream()
        .filter(p -> p.name().equals(d.place()) && p.lat().isPresent() && p.lon().isPresent()).findFirst())
        .map(p -> new Location(p.name(), p.country(), p.lat().get(), p.lon().get())));
  }

  /**
   * A geocoded place the clause itself names. A place named as an owner ("Peru's envoy in Quito")
   * is where the clause happens only when the clause names no other.
   */
  Optional<Location> locationInClause(Set<Integer> clause) {
    return locationInClause(clause, false).or(() -> locationInClause(clause, true));
  }

  private Optional<Location> locationInClause(Set<Integer> clause, boolean owners) {
    for (Place place : places) {
      if (place.lat().isEmpty() || place.lon().isEmpty()) {
        continue;
      }
      for (Mention m : place.mentions()) {
        Optional<Integer> at = clause.stream().filter(i -> tokens.get(i).start() == m.start()).findFirst();
        if (at.isPresent() && (owners || !possessed(at.get()))) {
          return Optional.of(new Location(place.name(), place.country(), place.lat().get(), place.lon().get()));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the name starting at {@code token} is followed by a possessive ending. */
  private boolean possessed(int token) {
    int next = token + 1;
    while (next < tokens.size() && tokens.get(next).pos().startsWith("NNP") && tokens.get(next).sentence() == tokens.get(token).sentence()) {
      next++;
    }
    return next < tokens.size() && tokens.get(next).pos().equals("POS");
  }

  boolean headIs(int node, String word) {
    String form = tokens.get(node).word().toLowerCase(Locale.ROOT);
    return lemma(node).equals(word) || form.equals(word)
        || (form.endsWith("s") && form.substring(0, form.length() - 1).equals(word));
  }

  /**
   * "Rebels shelled the town, killing six": a participle of force after a comma, which the parser
   * hung loosely on an act of force before it or on its object, is that act's harm, done by its doer; this gives
   * that act. The participle must be harm by itself, not only with some object ("saying" is no harm
   * because "say war" might be), and one after any other verb ("protested, accusing ...") is left
   * to its own clause.
   */
  Optional<Integer> actOfHarm(Graph graph, int participle) {
    // The parser also hangs it on the act's object ("raided a village, killing ..."), as if the
    // village killed.
    return graph.head(participle)
        .flatMap(head -> head.relation().equals("dep") ? Optional.of(head.governor())
            : head.relation().equals("acl") ? graph.head(head.governor()).filter(h -> h.relation().equals("obj")).map(Dependency::governor)
            : Optional.<Integer>empty())
        .filter(act -> tokens.get(participle).pos().equals("VBG") && act < participle
            && tokens.get(participle - 1).word().equals(",") && tokens.get(act).pos().startsWith("VB")
            && patterns.candidates(tokens.get(participle)).stream()
                .anyMatch(c -> c.requirements().isEmpty() && c.particle().isEmpty() && coded(c, HARM))
            && patterns.candidates(tokens.get(act)).stream().anyMatch(c -> coded(c, FORCE)));
  }

  /** CAMEO codes of harm done: assault and fight (roots 18 to 20). */
  private static final List<String> HARM = List.of("18", "19", "20");
  /** CAMEO codes of force, which may do harm: a riot or a storming (145), coercion (17) and harm. */
  private static final List<String> FORCE = List.of("145", "17", "18", "19", "20");

  private static boolean coded(TriggerPattern pattern, List<String> codes) {
    return codes.stream().anyMatch(pattern.cameo()::startsWith);
  }

  /** Whether some pattern codes this word as a hostile act (CAMEO roots 11 to 20). */
  boolean hostile(Token word) {
    return patterns.candidates(word).stream().anyMatch(c -> Integer.parseInt(c.cameo().substring(0, 2)) >= 11);
  }

  /** "flew to Geneva to meet": a subject right after "to" is a misparse of a place. */
  boolean afterTo(int token) {
    return token > 0 && tokens.get(token - 1).word().equalsIgnoreCase("to");
  }

  String lemma(int token) {
    return tokens.get(token).lemma().toLowerCase(Locale.ROOT);
  }
}
