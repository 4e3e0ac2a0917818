package org.parley.flink;

import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.parley.ingest.dedupe.NearDuplicateIndex;

/**
 * Keyed by LSH bucket (one band's key): answers each article with the articles that reached the
 * bucket before it, then joins them; a bucket keeps its latest {@link NearDuplicateIndex#BUCKET_MEMBERS}.
 * Buckets spread over the parallel instances, so the index is as large as the cluster's state, not
 * one machine's memory.
 */
final class BandMembers extends KeyedProcessFunction<String, BandProbe, BandReply> {
  private final Duration ttl;
  private transient MapState<String, BandProbe> members;

  BandMembers(Duration ttl) {
    this.ttl = ttl;
  }

  @Override
  public void open(OpenContext context) {
    members = getRuntimeContext().getMapState(KeptState.forAWhile(
        new MapStateDescriptor<>("members", Types.STRING, TypeInformation.of(BandProbe.class)), ttl));
  }

  @Override
  public void processElement(BandProbe probe, Context ctx, Collector<BandReply> out) throws Exception {
    BandReply reply = new BandReply();
    reply.id = probe.id;
    for (BandProbe member : members.values()) {
      if (!member.id.equals(probe.id)) {
        reply.members.add(member);
      }
    }
    if (reply.members.size() >= NearDuplicateIndex.BUCKET_MEMBERS) {
      members.remove(Collections.min(reply.members, Comparator.comparingLong((BandProbe m) -> m.stamp)).id);
    }
    members.put(probe.id, probe);
    out.collect(reply);
  }
}
