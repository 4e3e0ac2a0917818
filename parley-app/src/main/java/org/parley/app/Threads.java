package org.parley.app;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Named daemon threads, so thread dumps and profiles say whose work they do. */
public final class Threads {
  private Threads() {}

  public static ThreadFactory named(String prefix) {
    var n = new AtomicInteger();
    return r -> {
      var t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
