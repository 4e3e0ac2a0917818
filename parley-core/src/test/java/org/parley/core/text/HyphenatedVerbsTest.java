package org.parley.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hyphenated verbs on hand-tagged tokens: word/TAG, a "+" before a token that follows with no space. */
class HyphenatedVerbsTest {
  private record Tokens(String text, List<Token> tokens) {}

  private static Tokens tokens(String tagged) {
    List<Token> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String item : tagged.split(" ")) {
      boolean joined = item.startsWith("+");
      String[] wp = (joined ? item.substring(1) : item).split("/");
      if (!joined && text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(wp[0]);
      out.add(new Token(out.size(), 0, wp[0], start, text.length(), wp[1], wp[0].toLowerCase(), "O"));
    }
    return new Tokens(text.toString(), out);
  }

  private static List<String> joined(String tagged) {
    Tokens t = tokens(tagged);
    return HyphenatedVerbs.join(t.text(), t.tokens()).stream().map(k -> k.word() + "/" + k.pos() + "/" + k.index()).toList();
  }

  @Test
  void aCompoundVerbAfterItsSubjectIsOneVerb() {
    assertThat(joined("Laos/NNP test/NN +-/HYPH +fired/VBN a/DT rocket/NN ./."))
        .containsExactly("Laos/NNP/0", "test-fired/VBN/1", "a/DT/2", "rocket/NN/3", "././4");
    Tokens t = tokens("Troops/NNS air/NN +-/HYPH +dropped/VBD food/NN");
    assertThat(HyphenatedVerbs.join(t.text(), t.tokens()).get(1).lemma()).isEqualTo("air-dropped");
  }

  @Test
  void aCompoundAfterAnArticleOrWrittenWithSpacesIsLeftAlone() {
    assertThat(joined("a/DT war/NN +-/HYPH +torn/VBN town/NN")).hasSize(5);
    assertThat(joined("Laos/NNP test/NN -/HYPH fired/VBN a/DT rocket/NN")).hasSize(6);
    assertThat(joined("Laos/NNP Iran/NNP +-/HYPH +backed/VBN militias/NNS")).hasSize(5);
    assertThat(joined("Chile/NNP state/NN +-/HYPH +funded/VBN Radio/NNP Austral/NNP")).hasSize(6);
  }
}
