package org.parley.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimedTasksTest {
  @Test
  void aTaskThatRunsOverIsGivenUpAndTheOnesBehindItStillRun() throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    try (TimedTasks tasks = new TimedTasks(1, Duration.ofMillis(300), "test")) {
      // Deaf to interruption, as a library deep in a loop can be: only a fresh thread gets past it.
      var stuck = tasks.submit(() -> {
        while (!stop.get()) {
          Thread.onSpinWait();
        }
        return "never";
      });
      var behind = tasks.submit(() -> "done");
      assertThatThrownBy(stuck::get).isInstanceOf(TimeoutException.class).hasMessageContaining("took longer than");
      assertThat(behind.get()).isEqualTo("done");
    } finally {
      stop.set(true);
    }
  }

  @Test
  void aTaskIsSettledWhenDoneOrOverItsTimeSoThatFinishedOnesCanGoFirst() throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    try (TimedTasks tasks = new TimedTasks(2, Duration.ofSeconds(1), "test")) {
      var slow = tasks.submit(() -> {
        while (!stop.get()) {
          Thread.onSpinWait();
        }
        return "slow";
      });
      var quick = tasks.submit(() -> "quick");
      assertThat(quick.get()).isEqualTo("quick");
      assertThat(quick.settled()).isTrue();
      assertThat(slow.settled()).isFalse();
      Thread.sleep(1200);
      assertThat(slow.settled()).isTrue();
    } finally {
      stop.set(true);
    }
  }
}
