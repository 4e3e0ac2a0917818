package org.parley.extract.times;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.Sentence;
import org.parley.core.text.Token;

/**
 * Finds the tense of the clause around a token from part-of-speech tags: the nearest finite verb
 * group, with cue words ("pending", "since", "next") taking precedence close to the token.
 */
public final class TenseDetector {
  private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "would", "wo");
  private static final Set<String> FUTURE_CUES =
      Set.of("pending", "until", "next", "upcoming", "coming", "ahead", "due", "scheduled", "planned", "tomorrow");
  private static final Set<String> PAST_CUES = Set.of("since", "ago", "last", "earlier", "previous", "yesterday");
  private static final int CUE_WINDOW = 4;
  /** "expected to", "scheduled to", "plans to": the verb group speaks of the future. */
  private static final Set<String> INTENT_BEFORE_TO =
      Set.of("expected", "set", "due", "plan", "plans", "planned", "scheduled", "slated", "poised", "likely",
          "intend", "intends", "aim", "aims", "hope", "hopes");

  public Tense tenseAt(ParsedDocument doc, int tokenIndex) {
    Sentence sentence = doc.sentenceOf(doc.tokens().get(tokenIndex));
    List<Token> tokens = doc.tokens();
    for (int i = tokenIndex - 1; i >= Math.max(sentence.first(), tokenIndex - CUE_WINDOW); i--) {
      String w = lower(tokens.get(i));
      if (FUTURE_CUES.contains(w)) {
        return Tense.FUTURE;
      }
      if (PAST_CUES.contains(w)) {
        return Tense.PAST;
      }
      if (tokens.get(i).isVerb()) {
        break;
      }
    }
    int before = finiteVerbBefore(tokens, sentence.first(), tokenIndex);
    int after = finiteVerbAfter(tokens, tokenIndex, sentence.last());
    int verb = before >= 0 ? before : after;
    if (verb < 0) {
      return Tense.PRESENT;
    }
    return groupTense(tokens, verb, sentence.first());
  }

  /** Tense of the whole verb group whose finite verb is at {@code verb}. */
  private static Tense groupTense(List<Token> tokens, int verb, int sentenceStart) {
    int start = verb;
    while (start > sentenceStart && (tokens.get(start - 1).isVerb() || tokens.get(start - 1).pos().startsWith("RB")
        || tokens.get(start - 1).pos().equals("TO"))) {
      start--;
    }
    int end = verb;
    while (end + 1 < tokens.size() && (tokens.get(end + 1).isVerb() || tokens.get(end + 1).pos().startsWith("RB")
        || lower(tokens.get(end + 1)).equals("to"))) {
      end++;
    }
    boolean past = false;
    for (int i = start; i <= end; i++) {
      Token t = tokens.get(i);
      String w = lower(t);
      if (t.pos().equals("MD") && FUTURE_MODALS.contains(w)) {
        return Tense.FUTURE;
      }
      if (w.equals("going") && i + 1 <= end && lower(tokens.get(i + 1)).equals("to")) {
        return Tense.FUTURE;
      }
      if (INTENT_BEFORE_TO.contains(w)
          && i + 1 < tokens.size() && lower(tokens.get(i + 1)).equals("to")) {
        return Tense.FUTURE;
      }
      if (t.pos().equals("VBD") || (t.pos().equals("VBN") && hasAux(tokens, start, i))) {
        past = true;
      }
    }
    return past ? Tense.PAST : Tense.PRESENT;
  }

  private static boolean hasAux(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      String l = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
      if (l.equals("have") || l.equals("be")) {
        return true;
      }
    }
    return false;
  }

  private static int finiteVerbBefore(List<Token> tokens, int first, int index) {
    for (int i = index - 1; i >= first; i--) {
      if (isFinite(tokens.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int finiteVerbAfter(List<Token> tokens, int index, int last) {
    for (int i = index + 1; i <= last; i++) {
      if (isFinite(tokens.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isFinite(Token t) {
    return t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD");
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
