package org.parley.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {
  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "100.64.0.1", "100.127.255.254", "169.254.169.254", "172.31.0.1",
      "192.0.0.8", "192.0.2.1", "192.168.1.1", "198.18.0.1", "198.19.255.1", "203.0.113.9", "224.0.0.251",
      "240.0.0.1", "255.255.255.255", "0.0.0.0", "::", "::1", "::127.0.0.1", "::ffff:127.0.0.1", "::ffff:0:7f00:1",
      "::ffff:10.0.0.1", "64:ff9b::a00:1", "64:ff9b:1::a9fe:a9fe", "2002:a00:1::1", "2002:7f00:1::", "fc00::1", "fd12::1",
      "fe80::1", "ff02::1", "2001:db8::1", "100::1"})
  void specialPurposeAddressesAndIpv6FormsOfThemAreRefused(String literal) throws Exception {
    assertThat(AddressGuard.refusal(InetAddress.getByName(literal))).as(literal).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "100.128.0.1", "198.20.0.1", "2606:4700::1111", "::ffff:8.8.8.8",
      "64:ff9b::808:808", "2002:808:808::1"})
  void publicAddressesAndIpv6FormsOfThemAreAllowed(String literal) throws Exception {
    assertThat(AddressGuard.refusal(InetAddress.getByName(literal))).as(literal).isEmpty();
  }
}
