package org.parley.extract.quotes;

import java.util.List;
import java.util.Optional;
import org.parley.core.record.Actor;
import org.parley.core.record.ActorKind;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.Token;
import org.parley.extract.actors.MentionIndex;

/**
 * The words around a quote and its cue: which actor each token names, the mention or noun phrase
 * that names a speaker, and the marks and breaks that bound an attribution.
 */
final class MentionReader {
  private final ParsedDocument doc;
  private final List<Token> tokens;
  private final List<Actor> actors;
  private final MentionIndex mentions;

  MentionReader(ParsedDocument doc, List<Actor> actors, MentionIndex mentions) {
    this.doc = doc;
    this.tokens = doc.tokens();
    this.actors = actors;
    this.mentions = mentions;
  }

  /**
   * "said Chilean Public Works Minister Ana Ruiz": when the phrase after an inverted cue names an
   * organisation before the person who holds a post in it, the person speaks.
   */
  int personInSamePhrase(int token, int last) {
    if (actorAt(token).map(a -> a.kind() == ActorKind.PERSON).orElse(true)) {
      return token;
    }
    for (int i = token + 1; i <= last && !tokens.get(i).word().equals(",") && !tokens.get(i).isVerb(); i++) {
      if (actorAt(i).map(a -> a.kind() == ActorKind.PERSON).orElse(false)) {
        return i;
      }
    }
    return token;
  }

  /** A mention opening the words after a quote and closed by a comma, before the cue. */
  Optional<Integer> appositiveSpeaker(int first, int cue) {
    int start = first;
    while (start < cue && (tokens.get(start).word().equals(",") || isQuoteMark(tokens.get(start)))) {
      start++;
    }
    if (start >= cue || !mentions.has(start)) {
      return Optional.empty();
    }
    int end = lastOfMention(start);
    boolean person = actorAt(start).map(a -> a.kind() == ActorKind.PERSON).orElse(false);
    return person && end + 1 < cue && tokens.get(end + 1).word().equals(",") ? Optional.of(start) : Optional.empty();
  }

  boolean isDash(String word) {
    return word.equals("--") || word.equals("\u2015") || word.equals("\u2014") || word.equals("\u2013") || word.equals("-");
  }

  boolean lineBreakBetween(int from, int to) {
    return doc.text().substring(Math.min(from, to), Math.max(from, to)).indexOf('\n') >= 0;
  }

  Optional<Integer> nearestMentionBefore(int first, int cue) {
    for (int i = cue - 1; i >= first; i--) {
      if (mentions.has(i)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  Optional<Integer> firstMentionAfter(int cue, int last) {
    for (int i = cue + 1; i <= last; i++) {
      if (mentions.has(i)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  Optional<String> nounPhraseBefore(int first, int cue) {
    int start = cue;
    while (start - 1 >= first && (tokens.get(start - 1).isNoun() || tokens.get(start - 1).pos().startsWith("JJ")
        || tokens.get(start - 1).pos().equals("DT"))) {
      start--;
    }
    if (start == cue || tokens.subList(start, cue).stream().noneMatch(Token::isNoun)) {
      return Optional.empty();
    }
    return Optional.of(doc.span(tokens.get(start).start(), tokens.get(cue - 1).end()));
  }

  /** The whole mention of the actor at a token, as the text names it there. */
  String mentionText(int token) {
    String id = mentions.actorAt(token).orElseThrow();
    int s = token;
    while (s - 1 >= 0 && mentions.actorAt(s - 1).filter(id::equals).isPresent()) {
      s--;
    }
    return doc.span(tokens.get(s).start(), tokens.get(lastOfMention(token)).end());
  }

  /** The last token of the run of tokens naming the same actor as the token at {@code token}. */
  int lastOfMention(int token) {
    Optional<String> id = mentions.actorAt(token);
    int e = token;
    while (id.isPresent() && e + 1 < tokens.size() && mentions.actorAt(e + 1).equals(id)) {
      e++;
    }
    return e;
  }

  Optional<Actor> actorAt(int token) {
    return mentions.actorAt(token).flatMap(id -> actors.stream().filter(a -> a.id().equals(id)).findFirst());
  }

  Optional<Token> next(int i) {
    return i + 1 < tokens.size() ? Optional.of(tokens.get(i + 1)) : Optional.empty();
  }

  boolean isQuoteMark(Token t) {
    return t.word().equals("\"") || t.word().equals("``") || t.word().equals("''")
        || t.word().equals("\u201c") || t.word().equals("\u201d");
  }

  /** The token after the object of "told": one actor mention, or one run of nouns. */
  int afterObject(int from, int last) {
    if (mentions.has(from)) {
      return Math.min(lastOfMention(from), last) + 1;
    }
    int i = from;
    while (i <= last && tokens.get(i).isNoun()) {
      i++;
    }
    return i;
  }
}
