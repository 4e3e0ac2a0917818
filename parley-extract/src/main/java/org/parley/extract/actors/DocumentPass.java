package org.parley.extract.actors;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.core.record.ActorKind;
import org.parley.core.record.Mention;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.Token;

/** One stage's work on one document: the shared drafts, and the token helpers every stage uses. */
abstract class DocumentPass {
  final ParsedDocument doc;
  final List<Token> tokens;
  final List<Draft> drafts;
  final boolean[] used;
  final Optional<String> dominant;

  DocumentPass(ActorDrafts state) {
    this.doc = state.doc;
    this.tokens = state.doc.tokens();
    this.drafts = state.drafts;
    this.used = state.used;
    this.dominant = state.mainCountry;
  }

  /** Does this stage's work on the drafts. */
  abstract void run();

  /** Adds a draft, or folds it into an earlier actor it names again. */
  void merge(Draft d) {
    for (Draft e : drafts) {
      if (e.kind == d.kind && sameActor(e, d)) {
        if (d.name.length() > e.name.length() && d.kind == ActorKind.PERSON) {
          e.name = d.name;
        }
        e.absorb(d);
        return;
      }
    }
    drafts.add(d);
  }

  boolean sameActor(Draft a, Draft b) {
    String an = a.name.toLowerCase(Locale.ROOT);
    String bn = b.name.toLowerCase(Locale.ROOT);
    if (an.equals(bn) || a.aliases.contains(bn) || b.aliases.contains(an)) {
      return a.kind != ActorKind.GROUP || a.country.equals(b.country) || b.country.isEmpty();
    }
    if (a.kind == ActorKind.PERSON) {
      return a.nameWords().containsAll(b.nameWords()) || b.nameWords().containsAll(a.nameWords());
    }
    return false;
  }

  /**
   * Of {@code candidates}, the one mentioned last before offset {@code at}, by a mention at most
   * {@code lookback} sentences before the sentence of {@code at}.
   */
  Optional<Draft> mentionedLastBefore(Collection<Draft> candidates, int at, int lookback) {
    int sentence = doc.sentenceAt(at).index();
    return candidates.stream()
        .filter(d -> d.lastMentionBefore(at) >= 0 && sentence - doc.sentenceAt(d.lastMentionBefore(at)).index() <= lookback)
        .max(Comparator.comparingInt(d -> d.lastMentionBefore(at)));
  }

  boolean sameSentence(int a, int b) {
    return tokens.get(a).sentence() == tokens.get(b).sentence();
  }

  boolean allCapitalised(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!tokens.get(k).isCapitalised()) {
        return false;
      }
    }
    return true;
  }

  String lower(int i) {
    return tokens.get(i).word().toLowerCase(Locale.ROOT);
  }

  String text(int from, int to) {
    return doc.span(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  Mention mention(int from, int to) {
    return new Mention(tokens.get(from).start(), tokens.get(to - 1).end(), text(from, to));
  }
}
