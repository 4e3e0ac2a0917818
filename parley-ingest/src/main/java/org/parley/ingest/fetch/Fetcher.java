package org.parley.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP(S) GET with the safety a crawler of untrusted links needs: only http and https, no private,
 * loopback or link-local addresses unless the policy allows them (checked on every redirect), a
 * size cap, timeouts, a bounded number of redirects, conditional requests, and a politeness delay
 * per host. Thread-safe.
 */
public final class Fetcher {
  private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  private final FetchPolicy policy;
  private final HttpClient client;
  private final Map<String, Long> lastRequest = new ConcurrentHashMap<>();
  /** Cuts a body that is still arriving when its time is up: a read blocked on a slow server ends with it. */
  private static final java.util.concurrent.ScheduledExecutorService CUTTER =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parley-fetch-deadline");
        t.setDaemon(true);
        return t;
      });

  public Fetcher(FetchPolicy policy) {
    this.policy = policy;
    // Redirects are followed by hand, so that every hop's address is checked.
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(policy.timeout()).build();
  }

  public Fetched get(URI uri) throws FetchException {
    return get(uri, Optional.empty(), Optional.empty());
  }

  /** A conditional GET: a 304 answer comes back as {@link Fetched#notModified()}. */
  public Fetched get(URI start, Optional<String> etag, Optional<String> lastModified) throws FetchException {
    URI uri = start;
    for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
      check(uri);
      waitForTurn(uri.getHost());
      HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(policy.timeout()).GET()
          .header("User-Agent", policy.userAgent())
          .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5");
      if (hop == 0) {
        etag.ifPresent(e -> request.header("If-None-Match", e));
        lastModified.ifPresent(l -> request.header("If-Modified-Since", l));
      }
      long deadline = System.nanoTime() + policy.timeout().toNanos();
      HttpResponse<InputStream> response;
      try {
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      } catch (HttpTimeoutException e) {
        throw new FetchException(uri + ": no answer within " + policy.timeout().toSeconds() + " s", e);
      } catch (IOException e) {
        throw new FetchException(uri + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException(uri + ": interrupted", e);
      }
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        Optional<String> location = response.headers().firstValue("Location");
        close(response);
        if (location.isEmpty()) {
          throw new FetchException(uri + ": redirect " + status + " without a Location", status);
        }
        uri = uri.resolve(location.get());
        continue;
      }
      if (status == 304) {
        close(response);
        return new Fetched(uri, status, new byte[0], Optional.empty(), Optional.empty(), etag, lastModified);
      }
      if (status != 200) {
        close(response);
        throw new FetchException(uri + ": HTTP " + status, status);
      }
      long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > policy.maxBytes()) {
        close(response);
        throw new FetchException(uri + ": " + declared + " bytes, more than the limit of " + policy.maxBytes(), status);
      }
      byte[] body = read(uri, response.body(), deadline);
      Optional<String> type = response.headers().firstValue("Content-Type");
      return new Fetched(uri, status, body, type, type.flatMap(Fetcher::charset),
          response.headers().firstValue("ETag"), response.headers().firstValue("Last-Modified"));
    }
    throw new FetchException(start + ": more than " + policy.maxRedirects() + " redirects", -1);
  }

  /** The body, whole, by the deadline that began with the request: --timeout bounds the fetch, not each wait. */
  private byte[] read(URI uri, InputStream in, long deadline) throws FetchException {
    long left = deadline - System.nanoTime();
    var cut = CUTTER.schedule(() -> {
      try {
        in.close();
      } catch (IOException ignored) {
        // closing is all that is wanted; a failure to close leaves the read to fail on its own
      }
    }, Math.max(0, left), java.util.concurrent.TimeUnit.NANOSECONDS);
    try (in) {
      var out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        if (System.nanoTime() > deadline) {
          throw new FetchException(uri + ": the page did not arrive within " + policy.timeout().toSeconds() + " s", 200);
        }
        total += n;
        if (total > policy.maxBytes()) {
          throw new FetchException(uri + ": response larger than the limit of " + policy.maxBytes() + " bytes", 200);
        }
        out.write(buffer, 0, n);
      }
      if (System.nanoTime() > deadline) {
        throw new FetchException(uri + ": the page did not arrive within " + policy.timeout().toSeconds() + " s", 200);
      }
      return out.toByteArray();
    } catch (IOException e) {
      if (System.nanoTime() > deadline) {
        throw new FetchException(uri + ": the page did not arrive within " + policy.timeout().toSeconds() + " s", e);
      }
      throw new FetchException(uri + ": reading the response failed: " + e.getMessage(), e);
    } finally {
      cut.cancel(false);
    }
  }

  /** Only http(s) to public addresses, unless the policy allows private ones. */
  void check(URI uri) throws FetchException {
    String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(uri + ": only http and https URLs are fetched", -1);
    }
    if (uri.getHost() == null) {
      throw new FetchException(uri + ": no host", -1);
    }
    if (policy.allowPrivate()) {
      return;
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
        var why = AddressGuard.refusal(address);
        if (why.isPresent()) {
          throw new FetchException(uri + ": " + address.getHostAddress() + " is a private or local address (" + why.get()
              + "), refused; add --allow-private to fetch from this machine or network", -1);
        }
      }
    } catch (UnknownHostException e) {
      throw new FetchException(uri + ": unknown host " + uri.getHost(), e);
    }
  }

  private void waitForTurn(String host) throws FetchException {
    long delay = policy.politeness().toMillis();
    if (delay <= 0) {
      return;
    }
    long wait;
    synchronized (lastRequest) {
      long now = System.currentTimeMillis();
      long next = lastRequest.getOrDefault(host, 0L) + delay;
      lastRequest.put(host, Math.max(now, next));
      wait = next - now;
    }
    if (wait > 0) {
      try {
        Thread.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException(host + ": interrupted while waiting between requests", e);
      }
    }
  }

  private static void close(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException ignored) {
      // nothing read from it matters
    }
  }

  static Optional<Charset> charset(String contentType) {
    Matcher m = CHARSET.matcher(contentType);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(m.group(1)));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }
}
