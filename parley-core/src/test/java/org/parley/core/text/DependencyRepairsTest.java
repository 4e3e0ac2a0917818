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

  @Test
  void aParticipleAfterTheSubjectNounModifiesItAndTheLaterVerbIsTheMainOne() {
    // Guards posted at the gate fired shots .
    var tokens = tokens("Guards/NNS posted/VBN at/IN the/DT gate/NN fired/VBD shots/NNS ./.");
    var edges = List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0), new Dependency("obl:at", 1, 4),
        new Dependency("dep", 1, 5), new Dependency("obj", 5, 6));
    var repaired = DependencyRepairs.repair(tokens, edges);
    assertThat(repaired).contains(new Dependency("root", -1, 5), new Dependency("nsubj", 5, 0), new Dependency("acl", 0, 1))
        .doesNotContain(new Dependency("nsubj", 1, 0), new Dependency("dep", 1, 5), new Dependency("root", -1, 1));
  }

  @Test
  void aParticipleClauseMadeTheSubjectGivesBackItsNoun() {
    // Miners trapped in the shaft began a protest .
    var tokens = tokens("Miners/NNS trapped/VBN in/IN the/DT shaft/NN began/VBD a/DT protest/NN ./.");
    var edges = List.of(new Dependency("root", -1, 5), new Dependency("nsubj", 1, 0), new Dependency("obl:in", 1, 4),
        new Dependency("csubj", 5, 1), new Dependency("obj", 5, 7));
    assertThat(DependencyRepairs.repair(tokens, edges))
        .contains(new Dependency("nsubj", 5, 0), new Dependency("acl", 0, 1), new Dependency("root", -1, 5))
        .doesNotContain(new Dependency("csubj", 5, 1));
  }

  @Test
  void aMainVerbInThePastWithItsOwnObjectStaysTheMainVerb() {
    // Police arrested ten men and the court freed them : "arrested" has an object, so it is no modifier.
    var tokens = tokens("Police/NNS arrested/VBN ten/CD men/NNS ,/, courts/NNS freed/VBD them/PRP");
    var edges = List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0), new Dependency("obj", 1, 3),
        new Dependency("dep", 1, 6));
    assertThat(DependencyRepairs.repair(tokens, edges)).isEqualTo(edges);
  }

  @Test
  void aParticipleClauseMadeThePassivesSubjectGivesBackItsNoun() {
    // Sailors held by pirates were released .
    var tokens = tokens("Sailors/NNS held/VBN by/IN pirates/NNS were/VBD released/VBN ./.");
    var edges = List.of(new Dependency("root", -1, 5), new Dependency("nsubj", 1, 0), new Dependency("obl:by", 1, 3),
        new Dependency("csubj:pass", 5, 1), new Dependency("aux:pass", 5, 4));
    assertThat(DependencyRepairs.repair(tokens, edges))
        .contains(new Dependency("nsubj:pass", 5, 0), new Dependency("acl", 0, 1), new Dependency("obl:by", 1, 3))
        .doesNotContain(new Dependency("csubj:pass", 5, 1), new Dependency("nsubj", 1, 0));
  }

  @Test
  void aParticipleHungOnTheVerbBeforeItsNounLeavesTheNounAsThatVerbsObject() {
    // Villagers mourned six herders shot by raiders .
    var tokens = tokens("Villagers/NNS mourned/VBD six/CD herders/NNS shot/VBN by/IN raiders/NNS ./.");
    var edges = List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0), new Dependency("dep", 1, 4),
        new Dependency("nsubj", 4, 3), new Dependency("obl:by", 4, 6));
    assertThat(DependencyRepairs.repair(tokens, edges))
        .contains(new Dependency("obj", 1, 3), new Dependency("acl", 3, 4), new Dependency("root", -1, 1))
        .doesNotContain(new Dependency("dep", 1, 4), new Dependency("nsubj", 4, 3));
  }
}
