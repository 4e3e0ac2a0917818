package org.parley.store;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.core.error.BadInputException;

/** Opens a store from a location: a folder for the embedded default, or a PostgreSQL URL. */
public final class Stores {
  private Stores() {}

  /** The embedded default: {@code $XDG_DATA_HOME/parley/store} when set, else {@code $HOME/.parley/store}. */
  public static Path defaultFolder() {
    return defaultFolder(System.getenv());
  }

  /**
   * The environment decides, as it does for every other tool of the account: a {@code HOME} set for
   * a container or a test run wins over the home folder of the account's passwd entry.
   */
  static Path defaultFolder(java.util.Map<String, String> env) {
    String xdg = env.getOrDefault("XDG_DATA_HOME", "");
    if (!xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "parley", "store");
    }
    String home = env.getOrDefault("HOME", "");
    return Path.of(home.isBlank() ? System.getProperty("user.home") : home, ".parley", "store");
  }

  /**
   * A store that must already exist, for the commands that only read: a mistyped folder is refused
   * instead of becoming a new empty store.
   */
  public static Store openExisting(String location) {
    if (!isPostgres(location)) {
      Path file = Path.of(location).resolve("parley.db");
      if (!Files.isRegularFile(file)) {
        throw new BadInputException("no store at " + location + " (it holds no parley.db); check --store, "
            + "or fill a store there first with 'parley ingest --store " + location + " FILES'");
      }
    }
    return open(location);
  }

  private static boolean isPostgres(String location) {
    return location.startsWith("postgresql://") || location.startsWith("postgres://") || location.startsWith("jdbc:postgresql:");
  }

  /**
   * {@code postgresql://user:password@host:port/db}, {@code jdbc:postgresql://...}, or a folder that
   * holds (or will hold) the embedded {@code parley.db}.
   */
  public static Store open(String location) {
    if (isPostgres(location)) {
      String jdbc = location.startsWith("jdbc:") ? location : jdbcUrl(location);
      probe(jdbc, redact(location));
      return new JdbcStore(Dialect.POSTGRESQL, jdbc, redact(location));
    }
    Path folder = Path.of(location);
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new BadInputException("cannot create the store folder " + folder + " (" + e.getMessage()
          + "); give --store a folder you can write to");
    }
    Path file = folder.resolve("parley.db");
    // The busy timeout in the URL reaches every connection, Flyway's included.
    return new JdbcStore(Dialect.SQLITE, "jdbc:sqlite:" + file.toAbsolutePath() + "?busy_timeout=10000",
        file.toString());
  }

  /**
   * Connects once with a short timeout, so that a wrong host, port or password is told in one line
   * before anything slow (the language models) is loaded.
   */
  private static void probe(String jdbc, String printable) {
    String url = jdbc + (jdbc.contains("?") ? "&" : "?") + "connectTimeout=5&socketTimeout=10";
    try (var ignored = java.sql.DriverManager.getConnection(url)) {
      // reachable, and the credentials were accepted
    } catch (java.sql.SQLException e) {
      String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("no reason given").replaceAll("\\.$", "");
      throw new BadInputException("cannot reach the PostgreSQL store " + printable + ": " + why
          + "; check the host, port, database and password in --store, and that the server is running");
    }
  }

  /** postgresql://user:pw@host:5432/db?x=y → jdbc:postgresql://host:5432/db?x=y&user=user&password=pw */
  public static String jdbcUrl(String url) {
    URI uri;
    try {
      uri = URI.create(url.replaceFirst("^postgres(ql)?://", "postgresql://"));
    } catch (IllegalArgumentException e) {
      throw new BadInputException("not a PostgreSQL URL: " + redact(url));
    }
    StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost() == null ? "localhost" : uri.getHost());
    if (uri.getPort() > 0) {
      jdbc.append(':').append(uri.getPort());
    }
    jdbc.append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/parley" : uri.getRawPath());
    String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      query += (query.isEmpty() ? "" : "&") + "user=" + parts[0];
      if (parts.length > 1) {
        query += "&password=" + parts[1];
      }
    }
    return query.isEmpty() ? jdbc.toString() : jdbc.append('?').append(query).toString();
  }

  /** A location safe to print: the password replaced. */
  static String redact(String url) {
    return url.replaceAll("(://[^:/@]+:)[^@]*@", "$1***@").replaceAll("(password=)[^&]*", "$1***");
  }
}
