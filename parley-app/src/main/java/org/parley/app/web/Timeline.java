package org.parley.app.web;

import java.util.List;
import java.util.Locale;
import org.parley.store.DayStat;

/** A dyad's events per day as an SVG chart: bars stacked by quad class, a dot for the mean Goldstein score. */
final class Timeline {
  private static final String[] COLOURS = {"#4c9a5b", "#1f6f3a", "#d98c2b", "#b3261e"};
  private static final String[] NAMES = {"verbal cooperation", "material cooperation", "verbal conflict", "material conflict"};
  private static final int WIDTH = 900;
  private static final int HEIGHT = 260;
  private static final int PAD = 40;

  private Timeline() {}

  static String svg(List<DayStat> days) {
    StringBuilder svg = new StringBuilder("<svg class=\"chart\" role=\"img\" aria-label=\"events per day by quad class\" width=\""
        + WIDTH + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" xmlns=\"http://www.w3.org/2000/svg\">");
    if (days.isEmpty()) {
      return svg.append("<text x=\"20\" y=\"40\">No dated events for this dyad.</text></svg>").toString();
    }
    long max = days.stream().mapToLong(DayStat::events).max().orElse(1);
    double slot = (WIDTH - 2.0 * PAD) / days.size();
    double unit = (HEIGHT - 2.0 * PAD) / max;
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>", PAD, HEIGHT - PAD, WIDTH - PAD, HEIGHT - PAD));
    for (int i = 0; i < days.size(); i++) {
      DayStat d = days.get(i);
      long[] counts = {d.verbalCooperation(), d.materialCooperation(), d.verbalConflict(), d.materialConflict()};
      double x = PAD + i * slot + slot * 0.15;
      double y = HEIGHT - PAD;
      for (int k = 0; k < 4; k++) {
        double hgt = counts[k] * unit;
        if (hgt > 0) {
          y -= hgt;
          svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %d %s</title></rect>",
              x, y, slot * 0.7, hgt, COLOURS[k], Html.text(d.date()), counts[k], NAMES[k]));
        }
      }
      double gy = HEIGHT / 2.0 - d.meanGoldstein() * (HEIGHT / 2.0 - PAD) / 10.0;
      svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#1d2330\"><title>%s: mean Goldstein %.1f</title></circle>",
          x + slot * 0.35, gy, Html.text(d.date()), d.meanGoldstein()));
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\">%s</text>", x, HEIGHT - PAD + 14, Html.text(d.date())));
    }
    for (int k = 0; k < 4; k++) {
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"8\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"17\" font-size=\"11\">%s</text>",
          PAD + k * 170, COLOURS[k], PAD + k * 170 + 14, NAMES[k]));
    }
    return svg.append("<text x=\"").append(WIDTH - 200).append("\" y=\"17\" font-size=\"11\">● mean Goldstein (−10…10)</text></svg>").toString();
  }
}
