package org.parley.flink;

import java.util.ArrayList;
import java.util.List;

/** What one LSH bucket held before an article came: candidates for the confirming stage. A Flink POJO. */
public final class BandReply {
  public String id;
  public List<BandProbe> members = new ArrayList<>();

  public BandReply() {}
}
