package org.parley.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.parley.core.json.ExtractionJson;

/**
 * Event locations on a world outline drawn as SVG on the server, so the map needs no tile server
 * and no script: Natural Earth's land at 1:110m (bundled), equirectangular projection.
 */
final class WorldMap {
  private static final int WIDTH = 900;
  private static final int HEIGHT = 450;
  private static final String LAND = land();

  /** A place to mark, with what to show on hover. */
  record Point(double lat, double lon, String label, String colour) {}

  private WorldMap() {}

  static String svg(List<Point> points) {
    StringBuilder svg = new StringBuilder("<svg class=\"chart\" role=\"img\" aria-label=\"event locations\" width=\"" + WIDTH
        + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" xmlns=\"http://www.w3.org/2000/svg\">"
        + "<rect width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" fill=\"#eef3f8\"/>");
    svg.append("<path d=\"").append(LAND).append("\" fill=\"#d9d4c7\" stroke=\"#b6ae9c\" stroke-width=\"0.5\"/>");
    for (Point p : points) {
      svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\" fill-opacity=\"0.75\"><title>%s</title></circle>",
          x(p.lon()), y(p.lat()), p.colour(), Html.text(p.label())));
    }
    return svg.append("</svg>").toString();
  }

  private static double x(double lon) {
    return (lon + 180) / 360 * WIDTH;
  }

  private static double y(double lat) {
    return (90 - lat) / 180 * HEIGHT;
  }

  private static String land() {
    try (InputStream in = WorldMap.class.getResourceAsStream("/org/parley/app/web/data/world-110m.json")) {
      JsonNode rings = ExtractionJson.mapper().readTree(in).get("rings");
      StringBuilder d = new StringBuilder();
      for (JsonNode ring : rings) {
        double previous = Double.NaN;
        for (int i = 0; i < ring.size(); i++) {
          double lon = ring.get(i).get(0).asDouble();
          // A ring that crosses the 180th meridian jumps across the map: lift the pen there.
          boolean jump = i > 0 && Math.abs(lon - previous) > 180;
          d.append(i == 0 || jump ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f",
              x(lon), y(ring.get(i).get(1).asDouble())));
          previous = lon;
        }
      }
      return d.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled world outline does not read", e);
    }
  }
}
