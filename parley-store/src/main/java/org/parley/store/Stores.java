package org.parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.core.error.BadInputException;

/** Opens a store from a location: a folder for the embedded default, or a PostgreSQL URL. */
public final class Stores {
  private Stores() {}

  /** The embedded default: {@code ~/.parley/store}. */
  public static Path defaultFolder() {
    return Path.of(System.getProperty("user.home"), ".parley", "store");
  }

  /**
   * {@code postgresql://user:password@host:port/db}, {@code jdbc:postgresql://...}, or a folder that
   * holds (or will hold) the embedded {@code parley.db}.
   */
  public static Store open(String location) {
    if (location.startsWith("postgresql://") || location.startsWith("postgres://")) {
      return new JdbcStore(Dialect.POSTGRESQL, jdbcUrl(location), redact(location));
    }
    if (location.startsWith("jdbc:postgresql:")) {
      return new JdbcStore(Dialect.POSTGRESQL, location, redact(location));
    }
    Path folder = Path.of(location);
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the store folder " + folder, e);
    }
    Path file = folder.resolve("parley.db");
    // The busy timeout in the URL reaches every connection, Flyway's included.
    return new JdbcStore(Dialect.SQLITE, "jdbc:sqlite:" + file.toAbsolutePath() + "?busy_timeout=10000",
        file.toString());
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
