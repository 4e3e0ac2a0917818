package org.parley.ingest.fetch;

import java.time.Duration;

/**
 * How Parley fetches from the web.
 *
 * @param allowPrivate fetch from loopback, private, link-local and other non-public addresses (off
 *     by default: a feed must not make Parley read its own machine or network)
 * @param maxBytes the largest response read; a larger one is refused
 * @param politeness the least time between two requests to one host
 */
public record FetchPolicy(
    boolean allowPrivate, long maxBytes, Duration timeout, int maxRedirects, Duration politeness, String userAgent) {

  public static FetchPolicy defaults() {
    return new FetchPolicy(false, 10L << 20, Duration.ofSeconds(20), 5, Duration.ofSeconds(1),
        "Parley/0.1 (+https://github.com/parley-news/parley; news event extraction)");
  }

  public FetchPolicy allowingPrivateAddresses() {
    return new FetchPolicy(true, maxBytes, timeout, maxRedirects, politeness, userAgent);
  }

  public FetchPolicy withTimeout(Duration t) {
    return new FetchPolicy(allowPrivate, maxBytes, t, maxRedirects, politeness, userAgent);
  }

  public FetchPolicy withMaxBytes(long bytes) {
    return new FetchPolicy(allowPrivate, bytes, timeout, maxRedirects, politeness, userAgent);
  }

  public FetchPolicy withPoliteness(Duration d) {
    return new FetchPolicy(allowPrivate, maxBytes, timeout, maxRedirects, d, userAgent);
  }
}
