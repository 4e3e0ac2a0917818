package org.parley.app.ingest;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.parley.ingest.source.ReadResult;

/**
 * Reads inputs on a thread of its own, at most a bounded number of articles ahead of the one who
 * takes them: the reader waits while the queue is full, so an input of any size is held in memory a
 * window at a time. Inputs are read in order, each once.
 */
public final class ReadAhead implements AutoCloseable {
  /** Reads every input in order, handing each article or rejection to the sink as it comes. */
  @FunctionalInterface
  public interface Reading {
    void readAll(Consumer<ReadResult> sink);
  }

  /** What the reader hands over: an article or rejection, then the end (or the reader's failure). */
  private sealed interface Slot {}

  private record Item(ReadResult result) implements Slot {}

  private record End(Optional<RuntimeException> failure) implements Slot {}

  private final BlockingQueue<Slot> queue;
  private final Thread reader;
  private boolean ended;

  public ReadAhead(Reading reading, int capacity) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.reader = new Thread(() -> {
      Optional<RuntimeException> failure = Optional.empty();
      try {
        reading.readAll(r -> put(new Item(r)));
      } catch (Stopped stopped) {
        return;
      } catch (RuntimeException e) {
        failure = Optional.of(e);
      }
      put(new End(failure));
    }, "parley-read");
    reader.setDaemon(true);
    reader.start();
  }

  /** Articles already in memory (tests, one feed round), handed over the same way. */
  public static ReadAhead of(List<ReadResult> items) {
    return new ReadAhead(sink -> items.forEach(sink), Math.max(1, Math.min(items.size(), 1024)));
  }

  /** The next article or rejection, in input order; empty after the last one. */
  public Optional<ReadResult> next() throws InterruptedException {
    if (ended) {
      return Optional.empty();
    }
    Slot slot = queue.take();
    if (slot instanceof End end) {
      ended = true;
      if (end.failure().isPresent()) {
        throw end.failure().get();
      }
      return Optional.empty();
    }
    return Optional.of(((Item) slot).result());
  }

  private void put(Slot item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
  }

  /** Stops the reader when the one taking articles leaves early. */
  @Override
  public void close() {
    reader.interrupt();
  }

  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }
}
