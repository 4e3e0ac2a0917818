package org.parley.app;

import org.parley.store.Store;
import org.parley.store.Stores;
import picocli.CommandLine.Option;

/** The {@code --store} option every store-using command shares. */
public final class StoreOption {
  @Option(names = "--store", paramLabel = "DIR|URL",
      description = "A folder for the embedded store (default: ~/.parley/store) or postgresql://user:password@host:port/db.")
  String location = Stores.defaultFolder().toString();

  public Store open() {
    return Stores.open(location);
  }
}
