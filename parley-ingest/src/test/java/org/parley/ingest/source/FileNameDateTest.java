package org.parley.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FileNameDateTest {
  @Test
  void readsTheDateArchivesPutInFileNames() {
    assertThat(FileNameDate.of("2024-05-14-harbour-strike.txt")).contains(LocalDate.of(2024, 5, 14));
    assertThat(FileNameDate.of("harbour_strike_20190307.html")).contains(LocalDate.of(2019, 3, 7));
    assertThat(FileNameDate.of("2001.09.30.budget.txt")).contains(LocalDate.of(2001, 9, 30));
  }

  @Test
  void numbersThatAreNoCalendarDateAreNotDates() {
    assertThat(FileNameDate.of("story-20241399.txt")).isEmpty();
    assertThat(FileNameDate.of("story-123456789.txt")).isEmpty();
    assertThat(FileNameDate.of("harbour-strike.txt")).isEmpty();
    // A story number first, a real date after it.
    assertThat(FileNameDate.of("20249999-then-2020-02-29.txt")).contains(LocalDate.of(2020, 2, 29));
  }
}
