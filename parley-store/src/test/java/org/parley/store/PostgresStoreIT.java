package org.parley.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.DriverManager;
import org.junit.jupiter.api.BeforeAll;

/**
 * The same contract against a real PostgreSQL server: the one .ci/run starts, or a developer's,
 * named by PARLEY_TEST_POSTGRES (e.g. postgresql://parley@127.0.0.1:5433/parley_test).
 */
class PostgresStoreIT extends StoreContract {
  static String url() {
    return System.getenv().getOrDefault("PARLEY_TEST_POSTGRES", "");
  }

  @BeforeAll
  static void needsAServer() throws Exception {
    assumeTrue(!url().isEmpty(), "PARLEY_TEST_POSTGRES is not set (see README: a local PostgreSQL for tests)");
    try (var c = DriverManager.getConnection(Stores.jdbcUrl(url())); var s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
    }
  }

  @Override
  Store open() {
    Store store = Stores.open(url());
    try (var c = DriverManager.getConnection(Stores.jdbcUrl(url())); var s = c.createStatement()) {
      s.execute("TRUNCATE articles, article_sources, actors, events, quotes, feeds");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return store;
  }
}
