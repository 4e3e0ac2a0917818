package org.parley.ingest.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
  private static final String STORY = "The central bank raised its main interest rate by half a point on Thursday, the third "
      + "increase this year, saying inflation remained far above its target and wages were rising faster than "
      + "expected. The governor told reporters the bank would act again if prices kept climbing through the summer, "
      + "while business groups warned that higher borrowing costs would slow hiring in the construction sector.";

  @Test
  void aSyndicatedCopyWithADifferentFooterIsANearDuplicate() {
    var index = new NearDuplicateIndex(0.8);
    index.add("wire", MinHash.signature(STORY));
    var copy = STORY + " Reporting by a staff correspondent.";
    var match = index.nearest(MinHash.signature(copy));
    assertThat(match).isPresent();
    assertThat(match.get().id()).isEqualTo("wire");
    assertThat(match.get().similarity()).isGreaterThan(0.8);
  }

  @Test
  void aDifferentStoryOnTheSameTopicIsNot() {
    var index = new NearDuplicateIndex(0.8);
    index.add("wire", MinHash.signature(STORY));
    var other = "Shares in construction firms fell on Thursday after the central bank raised interest rates, with "
        + "analysts saying the third increase this year would weigh on housing starts and hiring through the summer.";
    assertThat(index.nearest(MinHash.signature(other))).isEmpty();
  }

  @Test
  void signaturesSurviveTheirTextForm() {
    long[] sig = MinHash.signature(STORY);
    assertThat(MinHash.decode(MinHash.encode(sig))).containsExactly(sig);
    assertThat(MinHash.similarity(sig, MinHash.signature(STORY.toUpperCase()))).isEqualTo(1.0);
  }

  @Test
  void beyondItsCapacityTheOldestTextIsForgottenEverywhere() {
    var index = new NearDuplicateIndex(0.8, 2);
    index.add("first", MinHash.signature(STORY));
    index.add("second", MinHash.signature("A ferry capsized off the coast on Sunday and rescuers pulled forty people from "
        + "the water, the coast guard said, while divers searched the hull for anyone still trapped inside."));
    index.add("third", MinHash.signature("Farmers blocked the main highway with tractors for a second day on Tuesday to "
        + "protest against cheaper imports, and the agriculture minister agreed to meet their leaders next week."));
    assertThat(index.size()).isEqualTo(2);
    assertThat(index.nearest(MinHash.signature(STORY))).isEmpty();
    index.add("second", MinHash.signature(STORY));
    assertThat(index.nearest(MinHash.signature(STORY)).map(NearDuplicateIndex.Match::id)).contains("second");
  }

  @Test
  void aBucketManyTextsShareKeepsTheLatestOnly() {
    var index = new NearDuplicateIndex(0.8);
    for (int i = 0; i < NearDuplicateIndex.BUCKET_MEMBERS + 10; i++) {
      index.add("copy-" + i, MinHash.signature(STORY));
    }
    // The same text everywhere: every earlier copy ties, and the lesser id among the remembered ones wins.
    assertThat(index.nearest(MinHash.signature(STORY)).map(NearDuplicateIndex.Match::id)).contains("copy-10");
  }

  @Test
  void ofEquallySimilarTextsTheLesserIdIsChosenWhateverTheOrder() {
    var a = new NearDuplicateIndex(0.8);
    a.add("b", MinHash.signature(STORY));
    a.add("a", MinHash.signature(STORY));
    var b = new NearDuplicateIndex(0.8);
    b.add("a", MinHash.signature(STORY));
    b.add("b", MinHash.signature(STORY));
    assertThat(a.nearest(MinHash.signature(STORY))).isEqualTo(b.nearest(MinHash.signature(STORY)));
    assertThat(a.nearest(MinHash.signature(STORY)).map(NearDuplicateIndex.Match::id)).contains("a");
  }
}
