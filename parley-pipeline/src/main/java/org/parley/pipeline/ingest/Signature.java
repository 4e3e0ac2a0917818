package org.parley.pipeline.ingest;

import java.util.Arrays;
import org.parley.ingest.dedupe.MinHash;
import org.parley.pipeline.Pipeline;

/**
 * What a cleaned text is recognised by: its content id (exact copies share it) and its MinHash
 * signature (near copies share most of it). Stored with each article as {@code contentId;minhash}.
 */
public record Signature(String contentId, long[] minHash) {
  public static Signature of(String cleanText) {
    return new Signature(Pipeline.contentId(cleanText), MinHash.signature(cleanText));
  }

  public String encode() {
    return contentId + ";" + MinHash.encode(minHash);
  }

  /** The signature a store kept; a value without one (written by hand or by an old version) is refused. */
  public static Signature parse(String text) {
    int semi = text.indexOf(';');
    if (semi < 0) {
      throw new IllegalArgumentException("not a Parley signature: " + text);
    }
    return new Signature(text.substring(0, semi), MinHash.decode(text.substring(semi + 1)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature s && s.contentId.equals(contentId) && Arrays.equals(s.minHash, minHash);
  }

  @Override
  public int hashCode() {
    return contentId.hashCode() * 31 + Arrays.hashCode(minHash);
  }

  @Override
  public String toString() {
    return "Signature[" + contentId + "]";
  }
}
