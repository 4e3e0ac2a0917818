package org.parley.core.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A cleaned article after NLP: its text, tokens and sentences. Parley's only view of the parse;
 * nothing outside the NLP module sees CoreNLP's types.
 *
 * @param date the document date against which relative times resolve
 */
public record ParsedDocument(String text, LocalDate date, List<Token> tokens, List<Sentence> sentences) {
  public ParsedDocument {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
  }

  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.first(), sentence.last() + 1);
  }

  public Sentence sentenceOf(Token token) {
    return sentences.get(token.sentence());
  }

  public String span(int start, int end) {
    return text.substring(start, end);
  }

  /** Index of the first token that ends after character {@code offset}; {@code tokens.size()} if none. */
  public int tokenIndexAt(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The sentence that contains character offset {@code offset}, or the last one before it. */
  public Sentence sentenceAt(int offset) {
    Sentence found = sentences.get(0);
    for (Sentence s : sentences) {
      if (s.start() > offset) {
        break;
      }
      found = s;
    }
    return found;
  }
}
