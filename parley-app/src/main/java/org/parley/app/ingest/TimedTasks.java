package org.parley.app.ingest;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.parley.app.Threads;

/**
 * Articles extracted in parallel, each within its own time limit, counted from when it starts: an
 * article that runs over is given up (its thread interrupted) and a fresh thread takes its place,
 * so one pathological article costs its limit and never holds back the batch behind it.
 */
public final class TimedTasks implements AutoCloseable {
  private final ThreadPoolExecutor pool;
  private final Duration limit;

  public TimedTasks(int threads, Duration limit, String name) {
    ExecutorService fixed = Executors.newFixedThreadPool(Math.max(1, threads), Threads.named(name));
    this.pool = (ThreadPoolExecutor) fixed;
    this.limit = limit;
  }

  /** A task on its way, and when it started (0 until then). */
  public final class Task<T> {
    private final Future<T> future;
    private final AtomicLong started;

    private Task(Future<T> future, AtomicLong started) {
      this.future = future;
      this.started = started;
    }

    /**
     * The result, waiting no longer than the limit after the task began.
     *
     * @throws TimeoutException when it ran over; it has then been given up
     */
    public T get() throws ExecutionException, InterruptedException, TimeoutException {
      while (true) {
        long began = started.get();
        long waitNanos = began == 0 ? TimeUnit.MILLISECONDS.toNanos(200) : began + limit.toNanos() - System.nanoTime();
        if (began != 0 && waitNanos <= 0) {
          if (future.isDone()) {
            return future.get();
          }
          giveUp();
          throw new TimeoutException("took longer than " + limit.toSeconds() + " s");
        }
        try {
          return future.get(waitNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          // not yet started, or still within its time: look again
        }
      }
    }

    /** Whether {@link #get} would answer at once: the task is done, or has run over its limit. */
    public boolean settled() {
      long began = started.get();
      return future.isDone() || (began != 0 && System.nanoTime() - began > limit.toNanos());
    }

    private void giveUp() {
      future.cancel(true);
      // The interrupted thread may not stop (a library deep in a loop); a new one serves the queue.
      synchronized (pool) {
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
      }
    }
  }

  public <T> Task<T> submit(Callable<T> work) {
    AtomicLong started = new AtomicLong();
    Future<T> future = pool.submit(() -> {
      started.set(System.nanoTime());
      return work.call();
    });
    return new Task<>(future, started);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
