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
}
