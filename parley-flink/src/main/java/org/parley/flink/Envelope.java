package org.parley.flink;

import org.parley.pipeline.ingest.Candidate;

/**
 * A prepared article on its way through the copies stages: the keys each stage needs in fields of
 * their own, the article itself as JSON until it is extracted. A Flink POJO.
 */
public final class Envelope {
  public String id;
  public boolean idGiven;
  public String contentId;
  public long[] minHash;
  /** When the job took it: a copy is only ever a copy of an article taken before it */
  public long stamp;
  public String url;
  public String outlet;
  public String candidate;

  public Envelope() {}

  static Envelope of(Candidate c, long stamp) {
    Envelope e = new Envelope();
    e.stamp = stamp;
    e.id = c.id();
    e.idGiven = c.idGiven();
    e.contentId = c.signature().contentId();
    e.minHash = c.signature().minHash();
    e.url = c.source().url();
    e.outlet = c.source().outlet().orElse(null);
    e.candidate = CandidateJson.write(c);
    return e;
  }

  /** Where this article was seen, as a copy of the given kind. */
  org.parley.store.SourceRef sourceAs(String duplicate) {
    return new org.parley.store.SourceRef(url, java.util.Optional.ofNullable(outlet), duplicate);
  }

  /** Whether an article of this stamp and id was taken before this one: by stamp, then by id. */
  boolean after(long otherStamp, String otherId) {
    return stamp > otherStamp || stamp == otherStamp && id.compareTo(otherId) > 0;
  }

  Candidate read() {
    return CandidateJson.read(candidate);
  }
}
