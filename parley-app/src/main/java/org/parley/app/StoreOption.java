package org.parley.app;

import org.parley.store.Store;
import org.parley.store.Stores;
import picocli.CommandLine.Option;

/** The {@code --store} option every store-using command shares, with {@code --verbose}. */
public final class StoreOption {
  @Option(names = "--store", paramLabel = "DIR|URL",
      description = "A folder for the embedded store (default: $XDG_DATA_HOME/parley/store if set, else ~/.parley/store) "
          + "or postgresql://user:password@host:port/db.")
  String location = Stores.defaultFolder().toString();

  @Option(names = "--verbose", description = "Also print the libraries' log lines, such as the store's schema migrations.")
  void verbose(boolean on) {
    if (on) {
      Logging.verbose();
    }
  }

  /** The store, made when it does not exist yet: for the commands that write. */
  public Store open() {
    return Stores.open(location);
  }

  /** The store, which must exist: for the commands that only read. */
  public Store openExisting() {
    return Stores.openExisting(location);
  }
}
