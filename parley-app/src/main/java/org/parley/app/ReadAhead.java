package org.parley.app;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.parley.ingest.source.ArticleReader;
import org.parley.ingest.source.ReadLimits;
import org.parley.ingest.source.ReadResult;

/**
 * Reads inputs on a thread of its own, at most a bounded number of articles ahead of the one who
 * takes them: the reader waits while the queue is full, so an input of any size is held in memory a
 * window at a time. Inputs are read in order, each once.
 */
final class ReadAhead implements AutoCloseable {
  /** What the reader hands over: an article or rejection, then the end (or the reader's failure). */
  private sealed interface Slot {}

  private record Item(ReadResult result) implements Slot {}

  private record End(RuntimeException failure) implements Slot {}

  private final BlockingQueue<Slot> queue;
  private final Thread reader;
  private boolean ended;

  ReadAhead(List<String> inputs, ReadLimits limits, int capacity) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.reader = new Thread(() -> {
      RuntimeException failure = null;
      try {
        var articles = new ArticleReader(limits);
        for (String input : inputs) {
          articles.read(input, System.in, r -> put(new Item(r)));
        }
      } catch (Stopped stopped) {
        return;
      } catch (RuntimeException e) {
        failure = e;
      }
      put(new End(failure));
    }, "parley-read");
    reader.setDaemon(true);
    reader.start();
  }

  /** The next article or rejection, in input order; null after the last one. */
  ReadResult next() throws InterruptedException {
    if (ended) {
      return null;
    }
    Slot slot = queue.take();
    if (slot instanceof End end) {
      ended = true;
      if (end.failure() != null) {
        throw end.failure();
      }
      return null;
    }
    return ((Item) slot).result();
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
