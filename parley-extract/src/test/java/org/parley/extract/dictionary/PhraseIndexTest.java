package org.parley.extract.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {
  @Test
  void findsLongestPhraseCaseInsensitively() {
    var index = new PhraseIndex<String>();
    index.add("secretary", "S");
    index.add("secretary of state", "SoS");
    var words = List.of("The", "Secretary", "of", "State", "spoke");
    var m = index.longestAt(words, 1, Function.identity()).orElseThrow();
    assertThat(m.values()).containsExactly("SoS");
    assertThat(m.end()).isEqualTo(4);
  }

  @Test
  void findsPhraseEndingAtPosition() {
    var index = new PhraseIndex<String>();
    index.add("foreign minister", "FM");
    var words = List.of("Chinese", "Foreign", "Minister", "Qian");
    var m = index.longestEndingAt(words, 3, 5, Function.identity()).orElseThrow();
    assertThat(m.start()).isEqualTo(1);
  }

  @Test
  void splitsLikeTheTokenizer() {
    assertThat(Words.split("U.S. officials")).containsExactly("U.S.", "officials");
    assertThat(Words.split("China's top diplomat")).containsExactly("China", "'s", "top", "diplomat");
    assertThat(Words.split("state-run media")).containsExactly("state-run", "media");
  }

  @Test
  void findsAHyphenatedNameWholeOrSplitIntoParts() {
    var index = new PhraseIndex<String>();
    index.add("Bois-le-Duc", "NLD");
    index.add("Duc", "other");
    var split = List.of("in", "Bois", "-", "le", "-", "Duc", "today");
    assertThat(index.longestAt(split, 1, Function.identity()).orElseThrow().values()).containsExactly("NLD");
    assertThat(index.longestAt(split, 1, Function.identity()).orElseThrow().end()).isEqualTo(6);
    assertThat(index.longestAt(List.of("Bois-le-Duc"), 0, Function.identity())).isPresent();
    assertThat(index.get("Bois-le-Duc")).containsExactly("NLD");
    assertThat(Words.splitHyphens(List.of("a", "state-run", "-"))).containsExactly("a", "state", "-", "run", "-");
  }

  @Test
  void aShortAbbreviationIsOneWordAsTheTokenizerKeepsIt() {
    var index = new PhraseIndex<String>();
    index.add("lt. gov.", "GOV");
    index.add("St. Albans", "GBR");
    assertThat(Words.split("lt. gov.")).containsExactly("lt.", "gov.");
    assertThat(index.longestAt(List.of("Lt.", "Gov.", "Ruiz"), 0, Function.identity()).orElseThrow().end()).isEqualTo(2);
    assertThat(index.longestAt(List.of("St.", "Albans"), 0, Function.identity())).isPresent();
    assertThat(index.longestAt(List.of("St", ".", "Albans"), 0, Function.identity())).isPresent();
  }

  @Test
  void findsANameWrittenWithOrWithoutAccentsAndInAnotherTransliteration() {
    var index = new PhraseIndex<String>();
    index.add("Mohammed Yusuf Ali", "P");
    assertThat(index.get("Muhammad Youssef Ali")).containsExactly("P");
    assertThat(index.get("Mohamed Yousef Ali")).containsExactly("P");
    index.add("José Ramírez", "Q");
    assertThat(index.get("Jose Ramirez")).containsExactly("Q");
    assertThat(index.get("Josie Ramirez")).isEmpty();
  }

  @Test
  void anOverrideComesBeforeWhatWasThere() {
    var index = new PhraseIndex<String>();
    index.add("Mara", "river");
    index.addFirst("Mara", "region");
    assertThat(index.get("Mara")).containsExactly("region", "river");
  }
}
