package org.parley.extract.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.core.article.Dateline;
import org.parley.core.record.Actor;
import org.parley.core.record.Place;
import org.parley.core.record.TimeMention;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.Sentence;
import org.parley.core.text.Token;
import org.parley.extract.dictionary.Knowledge;
import org.parley.extract.syntax.Graph;
import org.parley.extract.syntax.ParseBudget;

/**
 * Codes the political events of a parsed document: finds trigger words from the pattern book, reads
 * their arguments from the dependency parse, resolves the arguments to actors, and judges the
 * event's modality, date and place. Thread-safe; one instance serves every document.
 */
public final class EventFinder {
  private final Knowledge knowledge;
  private final PatternBook patterns;
  private final DiscardList discards;
  private final ModalityJudge modality;
  private final EventMerger merger;

  public EventFinder(Knowledge knowledge, Codebook codebook, PatternBook patterns, DiscardList discards) {
    this.knowledge = knowledge;
    this.patterns = patterns;
    this.discards = discards;
    this.modality = new ModalityJudge(knowledge);
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
      if (discards.reason(doc, s).isPresent() || s.size() > ParseBudget.MAX_TOKENS) {
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
      if (!party.contains(t.sentence()) && CodingPass.couldBeParty(knowledge, doc, mentions, t)) {
        party.add(t.sentence());
      }
    }
    trigger.retainAll(party);
    return trigger;
  }

public EventFindings find(
      ParsedDocument doc, List<Actor> actors, List<TimeMention> times, List<Place> places,
      Optional<Dateline> dateline, Optional<String> mainCountry) {
    var state = new CodingState(knowledge, patterns, modality, doc, actors, times, places, dateline, mainCountry);
    var run = new Run(state);
    for (Sentence s : doc.sentences()) {
      if (!s.dependencies().isEmpty() && discards.reason(doc, s).isEmpty()) {
        run.sentence(s);
      }
    }
    return new EventFindings(merger.merge(state.drafts), state.resolver.added());
  }

  /** One document's coding, sentence by sentence: frames, then the rules between them, then drafts. */
  private static final class Run extends CodingPass {
    final FrameReader frames;
    final ComplementRules rules;
    final DraftCoder coder;

    Run(CodingState state) {
      super(state);
      this.frames = new FrameReader(state);
      this.rules = new ComplementRules(state);
      this.coder = new DraftCoder(state);
    }

    void sentence(Sentence s) {
      Graph graph = new Graph(s);
      List<FrameMatch> matches = new ArrayList<>();
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
          Optional<FrameMatch> match = frames.bestMatch(graph, i, candidates)
              .filter(m -> !frames.lightVerbOfEventNoun(graph, m));
          match.ifPresent(m -> {
            matches.add(m);
            consumed.addAll(m.words());
            // "issued arrest warrants": the required phrase's own modifiers are no event of their own.
            m.words().forEach(w -> consumed.addAll(graph.children(w, "compound")));
          });
        }
      }
      rules.recodeSpokenProtests(graph, matches);
      rules.absorbComplements(graph, matches);
      rules.absorbPurposes(graph, matches);
      for (FrameMatch m : matches) {
        coder.code(graph, s, m);
      }
    }
  }
}
