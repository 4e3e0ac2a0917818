package org.parley.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntentCodesTest {
  @Test
  void aPlannedActOfCooperationIsCodedAsTheIntentToDoIt() {
    assertThat(IntentCodes.forPlanned("073")).isEqualTo("0333");
    assertThat(IntentCodes.forPlanned("0731")).isEqualTo("0333");
    assertThat(IntentCodes.forPlanned("042")).isEqualTo("036");
    assertThat(IntentCodes.forPlanned("045")).isEqualTo("039");
    assertThat(IntentCodes.forPlanned("0841")).isEqualTo("0353");
    assertThat(IntentCodes.forPlanned("06")).isEqualTo("031");
  }

  @Test
  void conflictStatementsAndIntentsKeepTheirCode() {
    assertThat(IntentCodes.forPlanned("163")).isEqualTo("163");
    assertThat(IntentCodes.forPlanned("030")).isEqualTo("030");
    assertThat(IntentCodes.forPlanned("112")).isEqualTo("112");
  }
}
