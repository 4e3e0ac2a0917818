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
  void postgresUrlsBecomeJdbcUrlsAndPasswordsStayOutOfMessages() {
    assertThat(Stores.jdbcUrl("postgresql://parley:s3cret@127.0.0.1:5433/parley"))
        .isEqualTo("jdbc:postgresql://127.0.0.1:5433/parley?user=parley&password=s3cret");
    assertThat(Stores.redact("postgresql://parley:s3cret@127.0.0.1:5433/parley")).doesNotContain("s3cret");
  }
}
