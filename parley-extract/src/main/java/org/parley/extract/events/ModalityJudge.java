package org.parley.extract.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.core.record.Modality;
import org.parley.core.text.Dependency;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.Token;
import org.parley.extract.dictionary.Knowledge;
import org.parley.extract.syntax.Graph;

/**
 * How surely an event is reported, from the words that govern its trigger: negation and verbs of
 * refusal or cancellation (negated), modals, conditionals, questions and verbs of expectation
 * (possible), future auxiliaries and verbs of planning or agreeing (planned).
 */
final class ModalityJudge {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  private static final Set<String> NEGATING_GOVERNORS = Set.of(
      "refuse", "decline", "fail", "reject", "deny", "avoid", "postpone", "cancel", "delay", "suspend", "scrap",
      "abandon", "halt", "shelve", "stop", "prevent", "block", "reluctance", "refusal", "terminate", "revoke", "abrogate",
      "annul", "ditch", "renounce", "rescind", "freeze", "tear");
  /** Verbs that undo only what two sides hold together: "ended the pact" undoes it, "ended a visit" does not. */
  private static final Set<String> ENDING_GOVERNORS = Set.of("end", "quit", "exit", "leave");
  /** Verbs that report their that-clause as not having happened: "denied that its troops had crossed". */
  private static final Set<String> DENYING_GOVERNORS = Set.of("deny", "refute", "dispute");
  private static final Set<String> POSSIBLE_GOVERNORS = Set.of(
      "expect", "likely", "possible", "consider", "may", "might", "hope", "seek", "want", "try", "propose",
      "suggest", "speculate", "unlikely", "rumor", "rumour", "could", "possibility", "prospect", "chance",
      "unclear", "uncertain", "mull", "weigh", "believe", "confirm",
      // what one side asks, urges or allows another to do has not been done
      "ask", "urge", "request", "demand", "appeal", "call", "press", "allow", "permit", "let");
  private static final Set<String> PLANNED_GOVERNORS = Set.of(
      "plan", "schedule", "agree", "promise", "pledge", "vow", "intend", "decide", "prepare", "aim", "arrange",
      "set", "due", "invite", "announce", "expect", "will", "offer", "threaten", "vote", "resolve");
  private static final Set<String> POSSIBLE_AUX = Set.of("may", "might", "could", "can", "should", "must");
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo", "would");
  private static final Set<String> FACT_MARKS = Set.of("after", "because", "since", "as", "when", "while", "although",
      "though");
  private static final Set<String> CONDITIONAL_MARKS = Set.of("if", "unless", "whether");
  private static final Set<String> POSSIBLE_ADJECTIVES = Set.of(
      "possible", "potential", "likely", "prospective", "proposed", "expected", "rumored", "rumoured", "mooted");
  private static final Set<String> PLANNED_ADJECTIVES = Set.of(
      "planned", "upcoming", "scheduled", "forthcoming", "future", "next", "coming");
  /** Relations along which a governing word's meaning reaches the trigger. */
  private static final Set<String> GOVERNED_BY = Set.of("xcomp", "ccomp", "obj", "nsubj:pass", "acl", "advcl");

  /**
   * What the words around a trigger say of it. {@code refused} is a negated future of the trigger's
   * own clause ("will not attend", "would not release"): the source declares it will not act.
   */
  record Reading(Modality modality, boolean refused) {}

  private final Knowledge knowledge;

  ModalityJudge(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  Reading read(ParsedDocument doc, Graph graph, int trigger, List<Integer> chain) {
    boolean ownNegation = false;
    boolean ownFuture = false;
    boolean negated = false;
    boolean possible = false;
    boolean planned = false;
    String sentenceText = doc.span(doc.sentenceOf(doc.tokens().get(trigger)).start(), doc.sentenceOf(doc.tokens().get(trigger)).end());
    if (sentenceText.strip().endsWith("?")) {
      possible = true;
    }
    for (int i = 0; i < chain.size(); i++) {
      int node = chain.get(i);
      for (Dependency d : graph.children(node)) {
        String word = lower(doc.tokens().get(d.dependent()));
        String relation = d.relation();
        if ((relation.equals("advmod") || relation.equals("neg") || relation.equals("det")) && NEGATORS.contains(word)) {
          negated = true;
          ownNegation |= i == 0 && !relation.equals("det");
        } else if (relation.equals("aux") && POSSIBLE_AUX.contains(word)) {
          possible = true;
        } else if (relation.equals("aux") && FUTURE_AUX.contains(word)) {
          planned = true;
          ownFuture |= i == 0;
        } else if (relation.equals("mark") && CONDITIONAL_MARKS.contains(word)) {
          possible = true;
        } else if (relation.equals("amod") && POSSIBLE_ADJECTIVES.contains(word)) {
          possible = true;
        } else if (relation.equals("amod") && PLANNED_ADJECTIVES.contains(word)) {
          planned = true;
        } else if (relation.equals("mark") && word.equals("to") && i == 0 && purposeClause(graph, node)) {
          planned = true;
        }
      }
    }
    // Words that govern the trigger's clause from above: "refused to meet", "expected to visit".
    // Uncertainty also reaches into a verb's phrases ("could set the stage for talks"), a future
    // auxiliary does not ("will discuss the arrest" says nothing of when the arrest was).
    int node = trigger;
    boolean viaPhrase = false;
    for (int step = 0; step < 4; step++) {
      var head = graph.head(node);
      if (head.isEmpty()) {
        break;
      }
      String base = Graph.base(head.get().relation());
      boolean phrase = base.equals("obl") || base.equals("nmod");
      if (!GOVERNED_BY.contains(base) && !phrase) {
        break;
      }
      if ((base.equals("advcl") || base.equals("acl")) && reportsWhatHappened(doc.tokens(), graph, node)) {
        // "vowed to retaliate after guards fired on a post": the firing is told as done, whatever
        // the vow says of the retaliation.
        break;
      }
      viaPhrase |= phrase;
      if (viaPhrase) {
        node = head.get().governor();
        for (Dependency d : graph.children(node)) {
          String word = lower(doc.tokens().get(d.dependent()));
          if (d.relation().equals("aux") && POSSIBLE_AUX.contains(word)
              || d.relation().equals("mark") && CONDITIONAL_MARKS.contains(word)) {
            possible = true;
          }
        }
        continue;
      }
      int below = node;
      node = head.get().governor();
      String lemma = doc.tokens().get(node).lemma().toLowerCase(Locale.ROOT);
      boolean clause = Graph.base(head.get().relation()).equals("ccomp");
      boolean endsAccord = ENDING_GOVERNORS.contains(lemma) && !clause
          && knowledge.isA(doc.tokens().get(below).lemma().toLowerCase(Locale.ROOT), "accord");
      if (NEGATING_GOVERNORS.contains(lemma) && !clause || DENYING_GOVERNORS.contains(lemma) && clause || endsAccord) {
        negated = true;
      } else if (POSSIBLE_GOVERNORS.contains(lemma)) {
        possible = true;
      } else if (PLANNED_GOVERNORS.contains(lemma) && !(clause && done(doc.tokens(), graph, below))) {
        // "announced that it had called off the strike": a that-clause in the past or the perfect
        // reports what was done, whatever the verb that reports it.
        planned = true;
      }
      for (Dependency d : graph.children(node)) {
        String word = lower(doc.tokens().get(d.dependent()));
        if (d.relation().equals("mark") && CONDITIONAL_MARKS.contains(word)) {
          possible = true;
        } else if (d.relation().equals("aux") && POSSIBLE_AUX.contains(word)) {
          possible = true;
        } else if (d.relation().equals("advmod") && NEGATORS.contains(word) && !Graph.base(head.get().relation()).equals("ccomp")) {
          negated = true;
        }
      }
    }
    Modality modality = negated ? Modality.NEGATED : possible ? Modality.POSSIBLE
        : planned ? Modality.PLANNED : Modality.ASSERTED;
    return new Reading(modality, ownNegation && ownFuture && !possible);
  }

  /** A finite verb in the past, or one with "have" and no modal or future auxiliary. */
  private static boolean done(List<Token> tokens, Graph graph, int verb) {
    boolean perfect = false;
    for (Dependency d : graph.children(verb)) {
      if (!d.relation().startsWith("aux")) {
        continue;
      }
      String word = lower(tokens.get(d.dependent()));
      if (FUTURE_AUX.contains(word) || POSSIBLE_AUX.contains(word)) {
        return false;
      }
      perfect |= tokens.get(d.dependent()).lemma().equalsIgnoreCase("have");
    }
    return perfect || tokens.get(verb).pos().equals("VBD");
  }

  /**
   * A clause of time or cause in the simple past: "after troops crossed", "because police fired".
   * A perfect is left to the clause above ("will reopen once Peru has apologised" is not done).
   */
  static boolean reportsWhatHappened(List<Token> tokens, Graph graph, int verb) {
    boolean marked = graph.children(verb, "mark").stream()
        .anyMatch(m -> FACT_MARKS.contains(lower(tokens.get(m))));
    return marked && tokens.get(verb).pos().equals("VBD") && done(tokens, graph, verb);
  }

  /** "flew to Geneva to meet": an infinitive of purpose speaks of what is intended. */
  private static boolean purposeClause(Graph graph, int verb) {
    return graph.head(verb).map(d -> Graph.base(d.relation()).equals("advcl") || Graph.base(d.relation()).equals("acl")).orElse(false);
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
