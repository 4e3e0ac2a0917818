package org.parley.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses a crawler of untrusted links must not reach: every block of IANA's IPv4 and IPv6
 * special-purpose address registries that is not globally reachable (this machine, private and
 * shared networks, link-local, documentation and benchmarking, multicast, reserved, broadcast),
 * and every IPv6 form that carries an IPv4 address inside it (mapped, compatible, NAT64, 6to4,
 * Teredo), judged by the IPv4 address it carries.
 */
final class AddressGuard {
  /** A block of addresses: its first bytes and the length of its prefix in bits. */
  private record Block(byte[] prefix, int bits, String name) {
    boolean holds(byte[] address) {
      if (address.length != prefix.length) {
        return false;
      }
      int whole = bits / 8;
      for (int i = 0; i < whole; i++) {
        if (address[i] != prefix[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (address[whole] & mask) == (prefix[whole] & mask);
    }
  }

  private static final List<Block> V4 = List.of(
      block("0.0.0.0", 8, "\"this network\""),
      block("10.0.0.0", 8, "a private network"),
      block("100.64.0.0", 10, "shared address space (carrier-grade NAT)"),
      block("127.0.0.0", 8, "this machine (loopback)"),
      block("169.254.0.0", 16, "link-local"),
      block("172.16.0.0", 12, "a private network"),
      block("192.0.0.0", 24, "IETF protocol assignments"),
      block("192.0.2.0", 24, "documentation"),
      block("192.88.99.0", 24, "6to4 relay anycast"),
      block("192.168.0.0", 16, "a private network"),
      block("198.18.0.0", 15, "benchmarking"),
      block("198.51.100.0", 24, "documentation"),
      block("203.0.113.0", 24, "documentation"),
      block("224.0.0.0", 4, "multicast"),
      block("240.0.0.0", 4, "reserved (and broadcast)"));

  private static final List<Block> V6 = List.of(
      block("::", 128, "the unspecified address"),
      block("::1", 128, "this machine (loopback)"),
      block("100::", 64, "discard-only"),
      block("2001::", 23, "IETF protocol assignments"),
      block("2001:db8::", 32, "documentation"),
      block("3fff::", 20, "documentation"),
      block("5f00::", 16, "segment routing"),
      block("fc00::", 7, "a unique-local (private) network"),
      block("fe80::", 10, "link-local"),
      block("fec0::", 10, "site-local"),
      block("ff00::", 8, "multicast"));

  private AddressGuard() {}

  /** Why this address must not be fetched from, or empty when it is a public one. */
  static Optional<String> refusal(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return v4(b);
    }
    Optional<byte[]> embedded = embeddedV4(b);
    if (embedded.isPresent()) {
      return v4(embedded.get()).map(why -> "an IPv6 form of an IPv4 address in " + why);
    }
    return V6.stream().filter(block -> block.holds(b)).map(Block::name).findFirst();
  }

  private static Optional<String> v4(byte[] b) {
    return V4.stream().filter(block -> block.holds(b)).map(Block::name).findFirst();
  }

  /** The IPv4 address an IPv6 one carries: mapped, translated, compatible, NAT64, 6to4, Teredo. */
  static Optional<byte[]> embeddedV4(byte[] b) {
    if (b.length != 16) {
      return Optional.empty();
    }
    if (zero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      return Optional.of(slice(b, 12));
    }
    if (zero(b, 0, 8) && (b[8] & 0xff) == 0xff && (b[9] & 0xff) == 0xff && zero(b, 10, 12)) {
      // ::ffff:0:a.b.c.d, the "IPv4-translated" form of stateless translation (RFC 2765).
      return Optional.of(slice(b, 12));
    }
    if (zero(b, 0, 12) && !zero(b, 12, 16) && !(zero(b, 12, 15) && b[15] == 1)) {
      return Optional.of(slice(b, 12));
    }
    if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
      // 64:ff9b::/96 and the local-use 64:ff9b:1::/48 both put the IPv4 address last.
      return Optional.of(slice(b, 12));
    }
    if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
      return Optional.of(new byte[] {b[2], b[3], b[4], b[5]});
    }
    if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0 && b[3] == 0) {
      // Teredo: the client's address, inverted, in the last four bytes.
      return Optional.of(new byte[] {(byte) ~b[12], (byte) ~b[13], (byte) ~b[14], (byte) ~b[15]});
    }
    return Optional.empty();
  }

  private static boolean zero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static byte[] slice(byte[] b, int from) {
    return java.util.Arrays.copyOfRange(b, from, from + 4);
  }

  private static Block block(String literal, int bits, String name) {
    try {
      return new Block(InetAddress.getByName(literal).getAddress(), bits, name);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("not an address literal: " + literal, e);
    }
  }
}
