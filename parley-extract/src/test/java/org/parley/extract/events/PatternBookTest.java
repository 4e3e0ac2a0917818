package org.parley.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.error.BadInputException;
import org.parley.core.text.Token;
import org.parley.extract.dictionary.TsvTable;

class PatternBookTest {
  private static final Codebook CODEBOOK = Codebook.bundled();

  private static Token verb(String lemma) {
    return new Token(0, 0, lemma, 0, lemma.length(), "VBD", lemma, "O");
  }

  private static Token noun(String lemma) {
    return new Token(0, 0, lemma, 0, lemma.length(), "NN", lemma, "O");
  }

  @Test
  void theBundledPatternsCoverEveryCameoRootWithUniqueIds() {
    var rows = TsvTable.resource("patterns.tsv").rows();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
    Set<String> ids = new HashSet<>();
    Set<String> roots = new HashSet<>();
    for (var row : rows) {
      assertThat(ids.add(row.require("id"))).as("duplicate id " + row.require("id")).isTrue();
      roots.add(TriggerPattern.parse(row, CODEBOOK, true).cameo().substring(0, 2));
    }
    assertThat(roots).containsAll(IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("%02d", i)).toList());
  }

  @Test
  void aLightVerbPatternIsTriedBeforeTheBareVerb() {
    var book = PatternBook.load(Optional.empty(), CODEBOOK);
    var lodge = book.candidates(verb("lodge"));
    assertThat(indexOf(lodge, p -> p.requirements().stream().anyMatch(r -> r.heads().contains("protest"))))
        .isNotNegative();
    var impose = book.candidates(verb("impose"));
    assertThat(impose).extracting(TriggerPattern::specificity).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(indexOf(impose, p -> p.requirements().isEmpty()))
        .isGreaterThan(indexOf(impose, p -> p.requirements().stream().anyMatch(r -> r.heads().contains("sanction"))));
    var hold = book.candidates(verb("hold"));
    assertThat(hold.get(0).specificity()).isGreaterThanOrEqualTo(hold.get(hold.size() - 1).specificity());
    assertThat(book.candidates(noun("visit"))).allMatch(TriggerPattern::noun);
    assertThat(book.candidates(verb("visit"))).noneMatch(TriggerPattern::noun);
  }

  @Test
  void aVerbWithAPrefixCoreNlpKeepsWholeHasThePlainVerbsPatterns() {
    var book = PatternBook.load(Optional.empty(), CODEBOOK);
    assertThat(book.candidates(verb("re-arrest"))).isNotEmpty().isEqualTo(book.candidates(verb("arrest")));
    assertThat(book.candidates(verb("co-host"))).isEqualTo(book.candidates(verb("host")));
    // Only a known prefix is dropped: "ill-treat" is no plain "treat".
    assertThat(book.candidates(verb("ill-treat"))).isEmpty();
  }

  private static int indexOf(java.util.List<TriggerPattern> list, java.util.function.Predicate<TriggerPattern> test) {
    return IntStream.range(0, list.size()).filter(i -> test.test(list.get(i))).findFirst().orElse(-1);
  }

  @Test
  void theTriggerSyntaxReadsObjectsParticlesPrepositionsAndFlags(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("patterns.tsv"), "id\tcameo\ttrigger\tflags\n"
        + "x.call-off\t164\tcall ~off +talk|meeting with\tsym\n"
        + "x.appeal\t0233\tappeal +for:aid to\t\n"
        + "x.arrest\t173\t@roundup of\timplicit=COP;notarget\n");
    var rows = TsvTable.file(dir.resolve("patterns.tsv")).rows();
    var callOff = TriggerPattern.parse(rows.get(0), CODEBOOK, true);
    assertThat(callOff.heads()).containsExactly("call");
    assertThat(callOff.particle()).contains("off");
    assertThat(callOff.requirements().get(0).heads()).containsExactlyInAnyOrder("talk", "meeting");
    assertThat(callOff.targetSlots()).containsExactly("with");
    assertThat(callOff.symmetric()).isTrue();
    var appeal = TriggerPattern.parse(rows.get(1), CODEBOOK, true);
    assertThat(appeal.requirements().get(0).preposition()).contains("for");
    var arrest = TriggerPattern.parse(rows.get(2), CODEBOOK, true);
    assertThat(arrest.noun()).isTrue();
    assertThat(arrest.implicitSector()).contains("COP");
    assertThat(arrest.targetless()).isTrue();
  }

  @Test
  void aUserPatternFileAddsTriggersWithoutRecompiling(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("patterns.tsv"), "id\tcameo\ttrigger\tflags\nuser.snub\t120\tsnub obj\t\n");
    var book = PatternBook.load(Optional.of(dir), CODEBOOK);
    var snub = book.candidates(verb("snub"));
    // The converted dictionary knows "snub" too; the user's own row is tried before it.
    assertThat(snub).extracting(TriggerPattern::id).contains("user.snub", "petrarch.rebuff.2");
    assertThat(indexOf(snub, p -> p.id().equals("user.snub")))
        .isLessThan(indexOf(snub, p -> p.id().equals("petrarch.rebuff.2")));
  }

  @Test
  void anUnknownCameoCodeIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("patterns.tsv"), "id\tcameo\ttrigger\tflags\nuser.bad\t999\tsnub obj\t\n");
    assertThatThrownBy(() -> PatternBook.load(Optional.of(dir), CODEBOOK))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("patterns.tsv line 2")
        .hasMessageContaining("unknown CAMEO code 999");
  }

  @Test
  void theCodebookGivesGoldsteinPloverAndQuadClassAndFallsBackToTheParentCode() {
    var ceasefire = CODEBOOK.lookup("0871").orElseThrow();
    assertThat(ceasefire.plover()).isEqualTo("RETREAT");
    assertThat(ceasefire.goldstein()).isEqualTo(9.0);
    assertThat(ceasefire.quad()).isEqualTo(2);
    var arrest = CODEBOOK.lookup("173").orElseThrow();
    assertThat(arrest.quad()).isEqualTo(4);
    assertThat(arrest.goldstein()).isNegative();
    assertThat(CODEBOOK.lookup("0101")).get().extracting(CodebookEntry::plover).isEqualTo("STATEMENT");
    assertThat(CODEBOOK.lookup("0101").orElseThrow().code()).isEqualTo("0101");
    assertThat(CODEBOOK.lookup("99")).isEmpty();
  }
}
