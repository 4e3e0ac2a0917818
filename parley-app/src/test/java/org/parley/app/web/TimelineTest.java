package org.parley.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.store.DayStat;

class TimelineTest {
  static DayStat day(String date, long verbalCoop, long materialConflict, double goldstein) {
    return new DayStat(date, verbalCoop + materialConflict, verbalCoop, 0, 0, materialConflict, goldstein);
  }

  @Test
  void binsByDayWeekOrMonthAsTheRangeAsks() {
    assertThat(Timeline.bin(List.of(day("2024-03-01", 1, 0, 1), day("2024-03-20", 1, 0, 1))).bin()).isEqualTo(Timeline.Bin.DAY);
    var weeks = Timeline.bin(List.of(day("2024-03-04", 1, 0, 1), day("2024-03-06", 2, 0, 1), day("2024-08-20", 1, 0, 1)));
    assertThat(weeks.bin()).isEqualTo(Timeline.Bin.WEEK);
    // 4 and 6 March 2024 fall in the week that begins on Monday 4 March.
    assertThat(weeks.bars().get(LocalDate.of(2024, 3, 4)).total()).isEqualTo(3);
    assertThat(Timeline.bin(List.of(day("2022-01-01", 1, 0, 1), day("2024-01-01", 1, 0, 1))).bin()).isEqualTo(Timeline.Bin.MONTH);
  }

  @Test
  void eventsDatedToTheMonthOnlyAreKeptApart() {
    var binned = Timeline.bin(List.of(day("2024-03-04", 1, 0, 1), day("2024-03", 0, 2, -9)));
    assertThat(binned.bars()).hasSize(1);
    assertThat(binned.monthOnly()).containsOnlyKeys(YearMonth.of(2024, 3));
    assertThat(binned.monthOnly().get(YearMonth.of(2024, 3)).total()).isEqualTo(2);
    // The month's range still sets the bin: a day-dated event and its month span 31 days.
    assertThat(binned.bin()).isEqualTo(Timeline.Bin.DAY);
  }

  @Test
  void aBarsGoldsteinIsTheMeanOverItsEventsNotOverItsDays() {
    var binned = Timeline.bin(List.of(day("2024-03-04", 3, 0, 2.0), day("2024-03-05", 0, 1, -10.0), day("2024-09-01", 1, 0, 0)));
    assertThat(binned.bars().get(LocalDate.of(2024, 3, 4)).meanGoldstein()).isEqualTo((3 * 2.0 - 10.0) / 4);
  }

  @Test
  void theChartHasLabelledAxesAndCounts() {
    String svg = Timeline.svg(List.of(day("2024-03-04", 7, 0, 1), day("2024-03-09", 0, 3, -9)));
    assertThat(svg).contains(">events per day</text>").contains(">mean Goldstein score</text>").contains(">event date</text>")
        .contains(">+10</text>").contains(">-10</text>").contains(">2024-03-04</text>");
    // The count axis reaches the tallest bar, 7, in steps of 2: 0, 2, 4, 6, 8.
    assertThat(svg).contains(">8</text>").doesNotContain(">10</text>");
    assertThat(Timeline.svg(List.of())).contains("No dated events");
  }

  @Test
  void axisStepsAreOneTwoOrFiveTimesAPowerOfTen() {
    assertThat(Timeline.niceStep(3)).isEqualTo(1);
    assertThat(Timeline.niceStep(7)).isEqualTo(2);
    assertThat(Timeline.niceStep(23)).isEqualTo(5);
    assertThat(Timeline.niceStep(480)).isEqualTo(100);
  }
}
