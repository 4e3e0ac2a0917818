package org.parley.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Iran test-fired a missile", "the army air-dropped supplies": CoreNLP's tokenizer splits a verb
 * with a noun before its hyphen into three tokens, tags the noun as a noun and the verb as a
 * participle, and the parser then finds no verb in the clause at all. Written as one word after a
 * subject, such a compound is the clause's verb; this joins it back into one token before the
 * dependency parse. A compound after an article or an adjective describes a noun ("a war-torn
 * country") and is left as it is.
 */
public final class HyphenatedVerbs {
  /** Tags of the word before a compound that make it a verb: its subject or an auxiliary. */
  private static final Set<String> BEFORE_A_VERB = Set.of("NN", "NNS", "NNP", "NNPS", "PRP", "MD", "VBD", "VBZ", "VBP", "RB");

  private HyphenatedVerbs() {}

  /**
   * The tokens of a document with each hyphenated verb joined into one token, and every token's
   * index renumbered to its new position.
   */
  public static List<Token> join(String text, List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      if (i + 2 < tokens.size() && compoundVerb(tokens, i)) {
        Token first = tokens.get(i);
        Token verb = tokens.get(i + 2);
        out.add(new Token(out.size(), first.sentence(), text.substring(first.start(), verb.end()), first.start(),
            verb.end(), verb.pos(), first.word().toLowerCase(Locale.ROOT) + "-" + verb.lemma(), "O"));
        i += 2;
      } else {
        Token t = tokens.get(i);
        out.add(t.index() == out.size() ? t
            : new Token(out.size(), t.sentence(), t.word(), t.start(), t.end(), t.pos(), t.lemma(), t.ner()));
      }
    }
    return out;
  }

  private static boolean compoundVerb(List<Token> tokens, int i) {
    Token first = tokens.get(i);
    Token hyphen = tokens.get(i + 1);
    Token verb = tokens.get(i + 2);
    boolean written = hyphen.word().equals("-") && first.end() == hyphen.start() && hyphen.end() == verb.start()
        && first.sentence() == verb.sentence();
    boolean shape = first.word().chars().allMatch(Character::isLowerCase) && (first.isNoun() || first.pos().equals("JJ"))
        && (verb.pos().equals("VBD") || verb.pos().equals("VBN"));
    boolean afterSubject = i > 0 && tokens.get(i - 1).sentence() == first.sentence()
        && BEFORE_A_VERB.contains(tokens.get(i - 1).pos());
    // "the Chilean state-funded Radio Austral": a participle before a name describes it.
    boolean beforeAName = verb.pos().equals("VBN") && i + 3 < tokens.size() && tokens.get(i + 3).isProperNoun();
    return written && shape && afterSubject && !beforeAName;
  }
}
