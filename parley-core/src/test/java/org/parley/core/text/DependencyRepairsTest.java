package org.parley.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyRepairsTest {
  private static List<Token> tokens(String tagged) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    for (String item : tagged.split(" ")) {
      String[] wp = item.split("/");
      out.add(new Token(out.size(), 0, wp[0], offset, offset + wp[0].length(), wp[1], wp[0].toLowerCase(), "O"));
      offset += wp[0].length() + 1;
    }
    return out;
  }

  @Test
  void anObjectHungOnTheDayBeforeItIsTheVerbsObject() {
    // The Chilean navy freed Monday a seized trawler .
    var tokens = tokens("The/DT Chilean/JJ navy/NN freed/VBD Monday/NNP a/DT seized/VBN trawler/NN ./.");
    var edges = List.of(new Dependency("root", -1, 3), new Dependency("nsubj", 3, 2),
        new Dependency("obl:tmod", 3, 4), new Dependency("dep", 4, 7), new Dependency("det", 7, 5));
    var repaired = DependencyRepairs.repair(tokens, edges);
    assertThat(repaired).contains(new Dependency("obj", 3, 7)).doesNotContain(new Dependency("dep", 4, 7));
    assertThat(repaired).contains(new Dependency("obl:tmod", 3, 4));
  }

  @Test
  void aVerbThatHasItsObjectKeepsTheParse() {
    // Laos signed Monday a treaty ... where the parser already found the object.
    var tokens = tokens("Laos/NNP signed/VBD Monday/NNP a/DT treaty/NN and/CC accords/NNS");
    var edges = List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
        new Dependency("obl:tmod", 1, 2), new Dependency("obj", 1, 4), new Dependency("dep", 2, 6));
    assertThat(DependencyRepairs.repair(tokens, edges)).isEqualTo(edges);
  }

  @Test
  void aDayThatIsNotAVerbsTimeKeepsItsDependents() {
    var tokens = tokens("the/DT Friday/NNP meeting/NN talks/NNS");
    var edges = List.of(new Dependency("root", -1, 2), new Dependency("obl:tmod", 2, 1), new Dependency("dep", 1, 3));
    assertThat(DependencyRepairs.repair(tokens, edges)).isEqualTo(edges);
  }
}
