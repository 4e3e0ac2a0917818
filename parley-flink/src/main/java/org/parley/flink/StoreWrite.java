package org.parley.flink;

import org.parley.store.SourceRef;

/**
 * One write for the store: an extracted record with its signature, or a copy's source for the
 * article {@code article}. A Flink POJO.
 */
public final class StoreWrite {
  public String article;
  /** the record's JSON, or null for a source */
  public String record;
  public String signature;
  public String url;
  public String outlet;
  public String duplicate;
  /** the article's {@link Envelope#stamp}, for a record */
  public long stamp;

  public StoreWrite() {}

  static StoreWrite record(String article, String record, String signature, long stamp) {
    StoreWrite w = new StoreWrite();
    w.stamp = stamp;
    w.article = article;
    w.record = record;
    w.signature = signature;
    return w;
  }

  static StoreWrite source(String article, SourceRef source) {
    StoreWrite w = new StoreWrite();
    w.article = article;
    w.url = source.url();
    w.outlet = source.outlet().orElse(null);
    w.duplicate = source.duplicate();
    return w;
  }

  boolean isRecord() {
    return record != null;
  }

  SourceRef source() {
    return new SourceRef(url, java.util.Optional.ofNullable(outlet), duplicate);
  }
}
