package org.parley.app;

import java.time.Duration;
import org.parley.ingest.fetch.FetchPolicy;
import picocli.CommandLine.Option;

/** How commands that read feeds fetch from the web. */
public final class FetchOptions {
  @Option(names = "--allow-private", description = "Also fetch from loopback, private and link-local addresses (off: feeds cannot reach this machine or network).")
  boolean allowPrivate;

  @Option(names = "--max-bytes", description = "Largest response read (default: ${DEFAULT-VALUE}).")
  long maxBytes = 10L << 20;

  @Option(names = "--timeout", description = "Seconds to wait for a server (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds = 20;

  @Option(names = "--politeness", description = "Least milliseconds between two requests to one host (default: ${DEFAULT-VALUE}).")
  long politenessMillis = 1000;

  FetchPolicy policy() {
    FetchPolicy p = FetchPolicy.defaults().withMaxBytes(maxBytes).withTimeout(Duration.ofSeconds(timeoutSeconds))
        .withPoliteness(Duration.ofMillis(politenessMillis));
    return allowPrivate ? p.allowingPrivateAddresses() : p;
  }
}
