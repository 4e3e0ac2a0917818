package org.parley.flink;

import org.parley.store.SourceRef;

/**
 * What the copies stages found an article to be, for {@link ResolveCopies}: its own original
 * ({@code of} equals {@code id}), or an exact or near copy of article {@code of}. A Flink POJO.
 */
public final class Claim {
  public String id;
  public String of;
  /** "self", "exact" or "near" */
  public String kind;
  public String url;
  public String outlet;

  public Claim() {}

  static Claim self(String id) {
    Claim c = new Claim();
    c.id = id;
    c.of = id;
    c.kind = "self";
    return c;
  }

  static Claim copy(String id, String of, SourceRef source) {
    Claim c = new Claim();
    c.id = id;
    c.of = of;
    c.kind = source.duplicate();
    c.url = source.url();
    c.outlet = source.outlet().orElse(null);
    return c;
  }

  boolean self() {
    return kind.equals("self");
  }

  SourceRef source() {
    return new SourceRef(url, java.util.Optional.ofNullable(outlet), kind);
  }
}
