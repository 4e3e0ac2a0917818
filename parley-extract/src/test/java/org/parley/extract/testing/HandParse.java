package org.parley.extract.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.core.text.Dependency;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.Sentence;
import org.parley.core.text.Token;

/**
 * Builds a {@link ParsedDocument} by hand, without CoreNLP, from one line of tokens and one line of
 * dependency edges per sentence:
 *
 * <pre>
 *   sentence("Chile/NNP/LOCATION snubbed/VBD/snub Peru/NNP/LOCATION ./.",
 *            "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)")
 * </pre>
 *
 * A token is word/POS, word/POS/lemma or word/POS/lemma/NER; a proper noun's NER may stand third
 * (word/NNP/LOCATION). Edge positions count from 1 within the sentence; 0 is the root.
 */
public final class HandParse {
  private static final Pattern EDGE = Pattern.compile("([a-z:_]+)\\((\\d+),(\\d+)\\)");
  private static final List<String> NER = List.of("PERSON", "LOCATION", "ORGANIZATION", "MISC");

  private final LocalDate date;
  private final StringBuilder text = new StringBuilder();
  private final List<Token> tokens = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();

  private HandParse(LocalDate date) {
    this.date = date;
  }

  public static HandParse on(LocalDate date) {
    return new HandParse(date);
  }

  /** A document of one sentence, dated 2024-05-02. */
  public static ParsedDocument sentence(String tokens, String edges) {
    return on(LocalDate.of(2024, 5, 2)).add(tokens, edges).build();
  }

  public HandParse add(String tokenLine, String edgeLine) {
    if (text.length() > 0) {
      text.append(' ');
    }
    int first = tokens.size();
    int start = text.length();
    for (String spec : tokenLine.trim().split("\\s+")) {
      String[] p = spec.split("/");
      if (p.length < 2) {
        throw new IllegalArgumentException("token needs word/POS: " + spec);
      }
      String word = p[0];
      String pos = p[1];
      String lemma = word.toLowerCase(java.util.Locale.ROOT);
      String ner = "O";
      if (p.length == 3 && NER.contains(p[2])) {
        ner = p[2];
        lemma = word;
      } else if (p.length >= 3) {
        lemma = p[2];
      }
      if (p.length >= 4) {
        ner = p[3];
      }
      if (text.length() > start) {
        text.append(' ');
      }
      int tokenStart = text.length();
      text.append(word);
      tokens.add(new Token(tokens.size(), sentences.size(), word, tokenStart, text.length(), pos, lemma, ner));
    }
    List<Dependency> edges = new ArrayList<>();
    Matcher m = EDGE.matcher(edgeLine);
    while (m.find()) {
      int governor = Integer.parseInt(m.group(2));
      int dependent = Integer.parseInt(m.group(3));
      edges.add(new Dependency(m.group(1), governor == 0 ? -1 : first + governor - 1, first + dependent - 1));
    }
    sentences.add(new Sentence(sentences.size(), start, text.length(), first, tokens.size() - 1, edges));
    return this;
  }

  public ParsedDocument build() {
    return new ParsedDocument(text.toString(), date, tokens, sentences);
  }
}
