package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract {
  @TempDir Path dir;

  @Override
  Store open() {
    return Stores.open(dir.resolve("store").toString());
  }

  @Test
  void whatWasCommittedIsThereAfterReopening() {
    store.put(record("keep", "Kept", "Olaf Scholz visited India on Tuesday."), "1");
    store.close();
    store = open();
    assertThat(store.contains("keep")).isTrue();
    assertThat(store.location()).endsWith("parley.db");
  }

  @Test
  void theDefaultStoreFollowsTheEnvironmentNotThePasswdEntry() {
    assertThat(Stores.defaultFolder(java.util.Map.of("HOME", "/srv/analyst"))).isEqualTo(Path.of("/srv/analyst/.parley/store"));
    assertThat(Stores.defaultFolder(java.util.Map.of("HOME", "/srv/analyst", "XDG_DATA_HOME", "/data/xdg")))
        .isEqualTo(Path.of("/data/xdg/parley/store"));
    // The XDG specification ignores a relative path.
    assertThat(Stores.defaultFolder(java.util.Map.of("HOME", "/srv/analyst", "XDG_DATA_HOME", "relative")))
        .isEqualTo(Path.of("/srv/analyst/.parley/store"));
  }

  @Test
  void aStoreThatMustExistIsNotMadeByATypo() {
    Path typo = dir.resolve("stroe");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Stores.openExisting(typo.toString()))
        .isInstanceOf(org.parley.core.error.BadInputException.class)
        .hasMessageContaining("no store at " + typo).hasMessageContaining("--store");
    assertThat(typo).doesNotExist();
    store.put(record("kept", "Kept", "Olaf Scholz visited India on Tuesday."), "1");
    try (Store existing = Stores.openExisting(dir.resolve("store").toString())) {
      assertThat(existing.contains("kept")).isTrue();
    }
  }

  @Test
  void anUnreachablePostgresIsToldInOneLineBeforeAnythingElse() {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Stores.open("postgresql://parley:s3cret@127.0.0.1:1/parley"))
        .isInstanceOf(org.parley.core.error.BadInputException.class)
        .hasMessageContaining("cannot reach the PostgreSQL store postgresql://parley:***@127.0.0.1:1/parley")
        .hasMessageNotContaining("s3cret")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void postgresUrlsBecomeJdbcUrlsAndPasswordsStayOutOfMessages() {
    assertThat(Stores.jdbcUrl("postgresql://parley:s3cret@127.0.0.1:5433/parley"))
        .isEqualTo("jdbc:postgresql://127.0.0.1:5433/parley?user=parley&password=s3cret");
    assertThat(Stores.redact("postgresql://parley:s3cret@127.0.0.1:5433/parley")).doesNotContain("s3cret");
  }

  @Test
  void eventsStoredBeforePlacesHadColumnsGetThemFromTheirRecords() throws Exception {
    store.close();
    Path older = dir.resolve("older");
    java.nio.file.Files.createDirectories(older);
    String url = "jdbc:sqlite:" + older.resolve("parley.db").toAbsolutePath();
    org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations(Dialect.SQLITE.migrations).mixed(true)
        .target("4").load().migrate();
    String record = StoreContract.ExtractionText.located("old-1", "Visit", "2024-03-15");
    try (var c = java.sql.DriverManager.getConnection(url); var s = c.createStatement()) {
      s.execute("INSERT INTO articles (id, text, record, signature, ingested_at, published) VALUES ('old-1', 'x', '"
          + record.replace("'", "''") + "', '1', '2024-03-15T00:00:00Z', '2024-03-15')");
      s.execute("INSERT INTO events (article_id, event_id, cameo, cameo_root, plover, modality, goldstein, quad_class, "
          + "evidence, pattern) VALUES ('old-1', 'e1', '042', '04', 'CONSULT', 'asserted', 1.9, 1, 'x', '04.visit')");
    }
    store = Stores.open(older.toString());
    assertThat(store.events(EventQuery.all(10))).singleElement()
        .satisfies(e -> assertThat(e.place()).hasValueSatisfying(p -> {
          assertThat(p.name()).isEqualTo("Chennai");
          assertThat(p.lat()).isEqualTo(13.08);
        }));
  }

  @Test
  void severalSinksOpeningOneNewStoreAtOnceAllGetIt() throws Exception {
    Path shared = dir.resolve("shared");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    var opened = new java.util.ArrayList<java.util.concurrent.Future<Store>>();
    for (int i = 0; i < 4; i++) {
      opened.add(pool.submit(() -> Stores.open(shared.toString())));
    }
    for (var f : opened) {
      try (Store s = f.get(60, java.util.concurrent.TimeUnit.SECONDS)) {
        assertThat(s.stats().articles()).isZero();
      }
    }
    pool.shutdown();
  }
}
