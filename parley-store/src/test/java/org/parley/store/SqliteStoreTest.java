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
}
