package org.parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TimeValueTest {
  @ParameterizedTest
  @ValueSource(strings = {"2023-06-19", "2023-06", "2023", "2022-10-14T01:47", "2023-SU", "PT7.5H", "P5Y", "PAST_REF"})
  void everyStringFormReadsBackToTheSameValue(String iso) {
    assertThat(TimeValue.parse(iso).iso()).isEqualTo(iso);
  }

  @Test
  void theFormDecidesThePrecision() {
    assertThat(TimeValue.parse("2023-06")).isInstanceOf(TimeValue.Month.class);
    assertThat(TimeValue.parse("2022-10-14T01:47")).isInstanceOf(TimeValue.Clock.class);
    assertThatThrownBy(() -> TimeValue.parse("next tuesday")).isInstanceOf(IllegalArgumentException.class);
  }
}
