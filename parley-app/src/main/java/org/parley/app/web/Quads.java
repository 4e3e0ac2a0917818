package org.parley.app.web;

/** CAMEO's four quad classes as the charts and the map draw them, in quad-class order 1 to 4. */
final class Quads {
  static final String[] COLOURS = {"#4c9a5b", "#1f6f3a", "#d98c2b", "#b3261e"};
  static final String[] NAMES = {"verbal cooperation", "material cooperation", "verbal conflict", "material conflict"};

  private Quads() {}

  static String colour(int quadClass) {
    return COLOURS[Math.max(0, Math.min(3, quadClass - 1))];
  }
}
