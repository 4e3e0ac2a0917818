package org.parley.flink;

/** An article's signature sent to one LSH bucket: band number and the band's key. A Flink POJO. */
public final class BandProbe {
  public String bucket;
  public String id;
  public long[] minHash;
  public long stamp;

  public BandProbe() {}

  static BandProbe of(int band, long key, Envelope article) {
    BandProbe p = new BandProbe();
    p.bucket = band + ":" + Long.toHexString(key);
    p.id = article.id;
    p.minHash = article.minHash;
    p.stamp = article.stamp;
    return p;
  }
}
