package org.parley.app;

/**
 * The libraries' log lines (Flyway's migration report on every command) are for whoever debugs
 * Parley, not for its users: warnings only, unless {@code --verbose} asks for them. slf4j-simple
 * reads these properties when the first logger is made, which is after the options are parsed.
 */
final class Logging {
  private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  private Logging() {}

  static void quietByDefault() {
    if (System.getProperty(LEVEL) == null) {
      System.setProperty(LEVEL, "warn");
    }
  }

  static void verbose() {
    System.setProperty(LEVEL, "info");
  }
}
