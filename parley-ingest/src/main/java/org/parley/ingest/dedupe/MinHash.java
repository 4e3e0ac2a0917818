package org.parley.ingest.dedupe;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * MinHash signatures over word shingles: two texts' signatures agree in about the same share of
 * positions as their sets of five-word sequences overlap (Jaccard similarity).
 */
public final class MinHash {
  public static final int SIZE = 128;
  static final int SHINGLE = 5;
  private static final long[] A = new long[SIZE];
  private static final long[] B = new long[SIZE];

  static {
    // Fixed seeds: signatures stored today must compare with signatures computed next year.
    var random = new SplittableRandom(0x5eed_da7aL);
    for (int i = 0; i < SIZE; i++) {
      A[i] = random.nextLong() | 1L;
      B[i] = random.nextLong();
    }
  }

  private MinHash() {}

  public static long[] signature(String text) {
    long[] sig = new long[SIZE];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long shingle : shingles(text)) {
      for (int i = 0; i < SIZE; i++) {
        long h = mix(A[i] * shingle + B[i]);
        if (Long.compareUnsigned(h, sig[i]) < 0) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** The share of positions where two signatures agree: an estimate of the texts' Jaccard similarity. */
  public static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / SIZE;
  }

  static Set<Long> shingles(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    Set<Long> out = new HashSet<>();
    StringBuilder sb = new StringBuilder();
    int first = words.length > 0 && words[0].isEmpty() ? 1 : 0;
    for (int i = first; i + SHINGLE <= words.length; i++) {
      sb.setLength(0);
      for (int k = 0; k < SHINGLE; k++) {
        sb.append(words[i + k]).append(' ');
      }
      out.add(hash(sb.toString()));
    }
    if (out.isEmpty()) {
      out.add(hash(String.join(" ", words)));
    }
    return out;
  }

  /** 64-bit FNV-1a. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  public static String encode(long[] signature) {
    StringBuilder sb = new StringBuilder();
    for (long v : signature) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(Long.toHexString(v));
    }
    return sb.toString();
  }

  public static long[] decode(String text) {
    String[] parts = text.split(",");
    if (parts.length != SIZE) {
      throw new IllegalArgumentException("a MinHash signature has " + SIZE + " values, not " + parts.length);
    }
    long[] sig = new long[SIZE];
    for (int i = 0; i < SIZE; i++) {
      sig[i] = Long.parseUnsignedLong(parts[i], 16);
    }
    return sig;
  }
}
