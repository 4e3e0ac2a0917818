package org.parley.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FetcherTest {
  private final Fetcher fetcher = new Fetcher(FetchPolicy.defaults());

  @ParameterizedTest
  @ValueSource(strings = {"file:///etc/passwd", "ftp://example.org/feed.xml", "jar:file:/x.jar!/a", "gopher://example.org/"})
  void onlyHttpAndHttpsAreFetched(String url) {
    assertThatThrownBy(() -> fetcher.check(URI.create(url)))
        .isInstanceOf(FetchException.class).hasMessageContaining("only http and https");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1/", "http://localhost:8080/", "http://10.1.2.3/", "http://192.168.0.10/",
      "http://172.16.5.5/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://0.0.0.0/",
      "http://[fd00::1]/"})
  void privateLoopbackAndLinkLocalAddressesAreRefusedByDefault(String url) {
    assertThatThrownBy(() -> fetcher.check(URI.create(url)))
        .isInstanceOf(FetchException.class).hasMessageContaining("private or local address").hasMessageContaining("--allow-private");
  }

  @Test
  void aPolicyThatAllowsThemLetsLoopbackThrough() {
    var allowing = new Fetcher(FetchPolicy.defaults().allowingPrivateAddresses());
    assertThatCode(() -> allowing.check(URI.create("http://127.0.0.1:8080/feed.xml"))).doesNotThrowAnyException();
  }

  @Test
  void aPublicAddressPasses() {
    assertThatCode(() -> fetcher.check(URI.create("http://93.184.216.34/"))).doesNotThrowAnyException();
  }

  @Test
  void aBodyThatTricklesInPastTheTimeoutIsGivenUp() throws Exception {
    var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/slow", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      try (var out = exchange.getResponseBody()) {
        for (int i = 0; i < 30; i++) {
          out.write('a');
          out.flush();
          Thread.sleep(200);
        }
      } catch (InterruptedException | java.io.IOException e) {
        // the client hung up, as it should
      }
    });
    server.start();
    try {
      var policy = new FetchPolicy(true, 1 << 20, java.time.Duration.ofSeconds(1), 5, java.time.Duration.ZERO, "test");
      var slow = new Fetcher(policy);
      assertThatThrownBy(() -> slow.get(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/slow")))
          .isInstanceOf(FetchException.class).hasMessageContaining("did not arrive within 1 s");
    } finally {
      server.stop(0);
    }
  }
}
