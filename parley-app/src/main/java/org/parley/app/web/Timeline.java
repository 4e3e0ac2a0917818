package org.parley.app.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import org.parley.store.DayStat;

/**
 * A dyad's events over time as an SVG chart on a real time axis: bars stacked by quad class, binned
 * by day, week or month as the range asks, with a count axis on the left and the mean Goldstein
 * score (−10 … +10) on the right. Events dated only to their month are not spread over its days:
 * they are drawn apart, below the axis, as one outlined bar per month.
 */
final class Timeline {
  private static final int WIDTH = 900;
  private static final int HEIGHT = 340;
  private static final int LEFT = 56;
  private static final int RIGHT = 64;
  private static final int TOP = 34;
  private static final int PLOT = 190;
  private static final int MONTH_BAND = 36;
  private static final int MIN_DAYS = 14;

  /** The width of a bar: what one bar counts. */
  enum Bin {
    DAY("day"), WEEK("week"), MONTH("month");

    final String label;

    Bin(String label) {
      this.label = label;
    }

    LocalDate start(LocalDate d) {
      return switch (this) {
        case DAY -> d;
        case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        case MONTH -> d.withDayOfMonth(1);
      };
    }

    LocalDate next(LocalDate start) {
      return switch (this) {
        case DAY -> start.plusDays(1);
        case WEEK -> start.plusWeeks(1);
        case MONTH -> start.plusMonths(1);
      };
    }

    /** Days up to two months, weeks up to a year, months beyond: never more than about 60 bars. */
    static Bin forSpan(long days) {
      return days <= 62 ? DAY : days <= 366 ? WEEK : MONTH;
    }
  }

  /** Counts by quad class and the summed Goldstein score of one bar. */
  static final class Tally {
    final long[] quads = new long[4];
    double goldsteinSum;

    void add(DayStat d) {
      quads[0] += d.verbalCooperation();
      quads[1] += d.materialCooperation();
      quads[2] += d.verbalConflict();
      quads[3] += d.materialConflict();
      goldsteinSum += d.meanGoldstein() * d.events();
    }

    long total() {
      return quads[0] + quads[1] + quads[2] + quads[3];
    }

    double meanGoldstein() {
      return total() == 0 ? 0 : goldsteinSum / total();
    }
  }

  /** The events split by the precision of their dates, binned. */
  record Binned(Bin bin, TreeMap<LocalDate, Tally> bars, TreeMap<YearMonth, Tally> monthOnly) {}

  private Timeline() {}

  static Binned bin(List<DayStat> stats) {
    TreeMap<LocalDate, DayStat> days = new TreeMap<>();
    TreeMap<YearMonth, Tally> monthOnly = new TreeMap<>();
    for (DayStat s : stats) {
      Optional<LocalDate> day = day(s.date());
      if (day.isPresent()) {
        days.put(day.get(), s);
      } else {
        month(s.date()).ifPresent(m -> monthOnly.computeIfAbsent(m, k -> new Tally()).add(s));
      }
    }
    Bin bin = first(days.navigableKeySet(), monthOnly.navigableKeySet())
        .map(f -> Bin.forSpan(ChronoUnit.DAYS.between(f, last(days.navigableKeySet(), monthOnly.navigableKeySet()).orElseThrow()) + 1))
        .orElse(Bin.DAY);
    TreeMap<LocalDate, Tally> bars = new TreeMap<>();
    days.forEach((d, s) -> bars.computeIfAbsent(bin.start(d), k -> new Tally()).add(s));
    return new Binned(bin, bars, monthOnly);
  }

  static String svg(List<DayStat> stats) {
    StringBuilder svg = new StringBuilder("<svg class=\"chart\" role=\"img\" aria-label=\"events over time by quad class\" width=\""
        + WIDTH + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" xmlns=\"http://www.w3.org/2000/svg\">");
    Binned b = bin(stats);
    if (b.bars().isEmpty() && b.monthOnly().isEmpty()) {
      return svg.append("<text x=\"20\" y=\"40\">No dated events for this selection.</text></svg>").toString();
    }
    LocalDate first = b.bin().start(first(b.bars().navigableKeySet(), b.monthOnly().navigableKeySet()).orElseThrow());
    LocalDate last = b.bin().next(b.bin().start(last(b.bars().navigableKeySet(), b.monthOnly().navigableKeySet()).orElseThrow()));
    // A few days alone would make each bar as wide as the chart: show them within a fortnight.
    long pad = b.bin() == Bin.DAY ? Math.max(0, (MIN_DAYS - ChronoUnit.DAYS.between(first, last)) / 2) : 0;
    LocalDate start = first.minusDays(pad);
    LocalDate end = pad > 0 ? start.plusDays(MIN_DAYS) : last;
    double span = ChronoUnit.DAYS.between(start, end);
    double plotWidth = WIDTH - LEFT - RIGHT;
    java.util.function.ToDoubleFunction<LocalDate> x = d -> LEFT + ChronoUnit.DAYS.between(start, d) / span * plotWidth;
    long max = Math.max(1, b.bars().values().stream().mapToLong(Tally::total).max().orElse(1));
    long step = niceStep(max);
    long top = ((max + step - 1) / step) * step;
    double base = TOP + PLOT;

    // Count axis, with grid lines.
    for (long v = 0; v <= top; v += step) {
      double y = base - (double) v / top * PLOT;
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e5e7eb\"/>"
          + "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%d</text>", LEFT, y, WIDTH - RIGHT, y, LEFT - 6, y + 3, v));
    }
    svg.append(String.format(Locale.ROOT, "<text class=\"axis-label\" transform=\"translate(14 %.1f) rotate(-90)\" font-size=\"11\" "
        + "text-anchor=\"middle\">events per %s</text>", TOP + PLOT / 2.0, b.bin().label));
    // Goldstein axis on the right: −10 at the bottom of the plot, +10 at its top.
    for (int g = -10; g <= 10; g += 5) {
      double y = goldsteinY(g);
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"10\">%+d</text>", WIDTH - RIGHT + 6, y + 3, g));
    }
    svg.append(String.format(Locale.ROOT, "<text class=\"axis-label\" transform=\"translate(%d %.1f) rotate(90)\" font-size=\"11\" "
        + "text-anchor=\"middle\">mean Goldstein score</text>", WIDTH - 14, TOP + PLOT / 2.0));
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#6b7280\"/>", LEFT, base, WIDTH - RIGHT, base));

    b.bars().forEach((binStart, t) -> {
      double x0 = x.applyAsDouble(binStart);
      double w = Math.max(2, x.applyAsDouble(b.bin().next(binStart)) - x0);
      double y = base;
      for (int k = 0; k < 4; k++) {
        double h = (double) t.quads[k] / top * PLOT;
        if (h > 0) {
          y -= h;
          svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %d %s</title></rect>",
              x0 + w * 0.1, y, w * 0.8, h, Quads.COLOURS[k], b.bin().label, binStart, t.quads[k], Quads.NAMES[k]));
        }
      }
      svg.append(String.format(Locale.ROOT, "<circle class=\"goldstein\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#1d2330\"><title>%s %s: "
          + "mean Goldstein %.1f over %d events</title></circle>", x0 + w / 2, goldsteinY(t.meanGoldstein()), b.bin().label, binStart,
          t.meanGoldstein(), t.total()));
    });
    timeLabels(svg, start, end, x, base);

    // Events dated only to a month, apart from the day-dated ones.
    double bandTop = base + 30;
    svg.append(String.format(Locale.ROOT, "<text class=\"band-label\" x=\"%d\" y=\"%.1f\" font-size=\"10\" fill=\"#6b7280\">"
        + "events dated to the month only%s</text>", LEFT, bandTop, b.monthOnly().isEmpty() ? ": none" : " (dashed, one bar per month)"));
    long monthMax = b.monthOnly().values().stream().mapToLong(Tally::total).max().orElse(1);
    b.monthOnly().forEach((m, t) -> {
      double x0 = Math.max(LEFT, x.applyAsDouble(m.atDay(1)));
      double x1 = Math.min(WIDTH - RIGHT, x.applyAsDouble(m.atEndOfMonth().plusDays(1)));
      double h = Math.max(4, (double) t.total() / monthMax * (MONTH_BAND - 14));
      svg.append(String.format(Locale.ROOT, "<rect class=\"month-only\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" "
          + "stroke=\"#1d2330\" stroke-dasharray=\"3 2\"><title>%s (date known to the month only): %d events</title></rect>",
          x0 + 1, bandTop + MONTH_BAND - 8 - h, Math.max(2, x1 - x0 - 2), h, m, t.total()));
    });
    svg.append(String.format(Locale.ROOT, "<text class=\"axis-label\" x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">event date</text>",
        LEFT + plotWidth / 2, HEIGHT - 6));
    legend(svg);
    return svg.append("</svg>").toString();
  }

  private static void timeLabels(StringBuilder svg, LocalDate start, LocalDate end, java.util.function.ToDoubleFunction<LocalDate> x,
      double base) {
    long days = ChronoUnit.DAYS.between(start, end);
    List<LocalDate> ticks = new ArrayList<>();
    if (days <= 62) {
      long every = Math.max(1, days / 8);
      for (LocalDate d = start; d.isBefore(end); d = d.plusDays(every)) {
        ticks.add(d);
      }
    } else {
      long months = ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end)) + 1;
      long every = Math.max(1, months / 8);
      for (LocalDate d = start.withDayOfMonth(1); d.isBefore(end); d = d.plusMonths(every)) {
        if (!d.isBefore(start)) {
          ticks.add(d);
        }
      }
    }
    for (LocalDate d : ticks) {
      double tx = x.applyAsDouble(d);
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#6b7280\"/>"
          + "<text class=\"tick\" x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\">%s</text>", tx, base, tx, base + 4, tx,
          base + 16, days <= 62 ? d.toString() : YearMonth.from(d).toString()));
    }
  }

  private static void legend(StringBuilder svg) {
    for (int k = 0; k < 4; k++) {
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"8\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"17\" font-size=\"11\">%s</text>",
          LEFT + k * 150, Quads.COLOURS[k], LEFT + k * 150 + 14, Quads.NAMES[k]));
    }
    svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"13\" r=\"4\" fill=\"#1d2330\"/><text x=\"%d\" y=\"17\" font-size=\"11\">mean Goldstein</text>",
        LEFT + 4 * 150 + 5, LEFT + 4 * 150 + 14));
  }

  private static double goldsteinY(double g) {
    return TOP + PLOT / 2.0 - g / 10.0 * (PLOT / 2.0);
  }

  /** 1, 2 or 5 times a power of ten, so that the axis has at most about five steps. */
  static long niceStep(long max) {
    long step = 1;
    while (true) {
      for (long m : new long[] {1, 2, 5}) {
        if (max / (step * m) <= 5) {
          return step * m;
        }
      }
      step *= 10;
    }
  }

  /** The first day of the range: of the day-dated bars, or of the first month-only month. */
  private static Optional<LocalDate> first(java.util.SortedSet<LocalDate> days, java.util.SortedSet<YearMonth> months) {
    return java.util.stream.Stream.concat(days.stream(), months.stream().map(m -> m.atDay(1))).min(LocalDate::compareTo);
  }

  private static Optional<LocalDate> last(java.util.SortedSet<LocalDate> days, java.util.SortedSet<YearMonth> months) {
    return java.util.stream.Stream.concat(days.stream(), months.stream().map(YearMonth::atEndOfMonth)).max(LocalDate::compareTo);
  }

  private static Optional<LocalDate> day(String date) {
    return parsed(date, 10, LocalDate::parse);
  }

  private static Optional<YearMonth> month(String date) {
    return parsed(date, 7, YearMonth::parse);
  }

  /** A date of exactly this precision ("2024-03-04" has 10 characters, "2024-03" 7), or none. */
  private static <T> Optional<T> parsed(String date, int length, java.util.function.Function<String, T> parse) {
    if (date == null || date.length() != length) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse.apply(date));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
