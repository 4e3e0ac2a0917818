package org.parley.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.article.Article;
import org.parley.pipeline.ArticlePreparer;

/** The copies policy on hand-written articles: no models, no store. */
class CopyIndexTest {
  static final String HARBOUR = "Port workers in Valparaiso walked off the job on Monday over unpaid overtime, and the harbour "
      + "authority said that twelve container ships were left waiting outside the breakwater while talks with the union "
      + "went on into the night at the regional labour office in the old customs house. Shipping agents expect the backlog "
      + "to take most of the week to clear.";
  static final String HARBOUR_EDITED = HARBOUR.replace("twelve", "eleven");
  static final String HARBOUR_REWRITTEN = HARBOUR_EDITED.replace("the regional", "a regional");
  static final String RAINS = "Heavy rains flooded three districts of Dhaka on Sunday, and the city's mayor ordered schools closed "
      + "for two days while pumps worked to clear the water from the main roads and the low-lying markets.";

  final ArticlePreparer preparer = new ArticlePreparer();
  final CopyIndex index = new CopyIndex(1000);
  final Set<String> stored = new java.util.HashSet<>();

  Candidate candidate(Optional<String> id, String text) {
    var article = new Article("test", id, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(LocalDate.of(2025, 3, 3)), text, false, List.of());
    return Candidate.of(preparer.prepare(article, LocalDate.of(2025, 3, 3)));
  }

  Verdict judge(String id, String text) {
    return index.judge(candidate(Optional.of(id), text), stored::contains);
  }

  @Test
  void theFirstOfACopiedTextIsFreshAndTheSecondAnExactCopyOfIt() {
    assertThat(judge("a", HARBOUR)).isInstanceOf(Verdict.Fresh.class);
    assertThat(judge("b", RAINS)).isInstanceOf(Verdict.Fresh.class);
    assertThat(judge("c", HARBOUR)).isEqualTo(new Verdict.Copy("a", "exact"));
  }

  @Test
  void anEditedTextIsANearCopyAndTheCopyOfACopyJoinsTheOriginal() {
    assertThat(MinHashShare.of(HARBOUR, HARBOUR_REWRITTEN)).as("the rewrite is not near the original by itself").isLessThan(
        CopyIndex.NEAR);
    assertThat(MinHashShare.of(HARBOUR_EDITED, HARBOUR_REWRITTEN)).isGreaterThanOrEqualTo(CopyIndex.NEAR);
    judge("a", HARBOUR);
    assertThat(judge("b", HARBOUR_EDITED)).isEqualTo(new Verdict.Copy("a", "near"));
    assertThat(judge("c", HARBOUR_REWRITTEN)).isEqualTo(new Verdict.Copy("a", "near"));
    // An exact copy of a near copy is linked where the near copy was.
    assertThat(judge("d", HARBOUR_EDITED)).isEqualTo(new Verdict.Copy("a", "exact"));
  }

  @Test
  void newTextUnderAnIdTakenOrStoredIsAnUpdateAndNotACopy() {
    judge("a", HARBOUR);
    assertThat(judge("a", HARBOUR_EDITED)).isInstanceOf(Verdict.Update.class);
    stored.add("z");
    assertThat(judge("z", RAINS)).isInstanceOf(Verdict.Update.class);
    // Without an id of its own, an article is known by its text: the same text is a copy, never an update.
    assertThat(index.judge(candidate(Optional.empty(), RAINS), stored::contains)).isEqualTo(new Verdict.Copy("z", "exact"));
  }

  @Test
  void anArticleStoredEarlierIsRememberedAsItsOwnOriginal() {
    index.remember("kept", Signature.of(candidate(Optional.empty(), HARBOUR).prepared().clean().text()));
    assertThat(judge("x", HARBOUR)).isEqualTo(new Verdict.Copy("kept", "exact"));
    assertThat(judge("y", HARBOUR_EDITED)).isEqualTo(new Verdict.Copy("kept", "near"));
  }

  @Test
  void theIndexForgetsTheOldestBeyondItsCapacity() {
    CopyIndex small = new CopyIndex(2);
    small.judge(candidate(Optional.of("a"), HARBOUR), id -> false);
    small.judge(candidate(Optional.of("b"), RAINS), id -> false);
    small.judge(candidate(Optional.of("c"), RAINS + " Officials said more rain was due."), id -> false);
    assertThat(small.size()).isEqualTo(2);
    assertThat(small.judge(candidate(Optional.of("d"), HARBOUR), id -> false)).isInstanceOf(Verdict.Fresh.class);
  }

  @Test
  void aFileNamedTwoWaysIsOneSource(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("wire.jsonl"), "{}");
    Path relative = Path.of("").toAbsolutePath().relativize(file);
    assertThat(Candidate.where(relative + " line 3")).isEqualTo(Candidate.where(file + " line 3"))
        .isEqualTo(file.toRealPath() + " line 3");
    assertThat(Candidate.where("stdin")).isEqualTo("stdin");
    assertThat(Candidate.where("no/such/file.txt")).isEqualTo("no/such/file.txt");
  }

  /** The MinHash similarity of two texts. */
  static final class MinHashShare {
    static double of(String a, String b) {
      return org.parley.ingest.dedupe.MinHash.similarity(Signature.of(a).minHash(), Signature.of(b).minHash());
    }
  }
}
