package org.parley.flink;

import java.time.Duration;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.parley.ingest.dedupe.MinHash;
import org.parley.ingest.dedupe.NearDuplicateIndex;
import org.parley.pipeline.ingest.CopyIndex;

/**
 * Keyed by article id: waits for the article and all its buckets' replies, then confirms each
 * candidate once by MinHash similarity. The most similar at or above the threshold (ties: the lesser
 * id, as the CLI's index chooses) makes the article a near copy; none makes it fresh, and it goes on
 * to extraction.
 */
final class ConfirmNear extends KeyedCoProcessFunction<String, Envelope, BandReply, Envelope> {
  static final OutputTag<Claim> CLAIMS = new OutputTag<>("near copies and originals") {};

  private final Duration ttl;
  private transient ValueState<Envelope> article;
  private transient ValueState<Integer> replies;
  private transient MapState<String, BandProbe> candidates;

  ConfirmNear(Duration ttl) {
    this.ttl = ttl;
  }

  @Override
  public void open(OpenContext context) {
    article = getRuntimeContext().getState(KeptState.forAWhile(
        new ValueStateDescriptor<>("article", TypeInformation.of(Envelope.class)), ttl));
    replies = getRuntimeContext().getState(KeptState.forAWhile(new ValueStateDescriptor<>("replies", Integer.class), ttl));
    candidates = getRuntimeContext().getMapState(KeptState.forAWhile(
        new MapStateDescriptor<>("candidates", Types.STRING, TypeInformation.of(BandProbe.class)), ttl));
  }

  @Override
  public void processElement1(Envelope value, Context ctx, Collector<Envelope> out) throws Exception {
    article.update(value);
    decideIfComplete(ctx, out);
  }

  @Override
  public void processElement2(BandReply reply, Context ctx, Collector<Envelope> out) throws Exception {
    for (BandProbe member : reply.members) {
      candidates.put(member.id, member);
    }
    replies.update(replies.value() == null ? 1 : replies.value() + 1);
    decideIfComplete(ctx, out);
  }

  private void decideIfComplete(Context ctx, Collector<Envelope> out) throws Exception {
    Envelope a = article.value();
    if (a == null || replies.value() == null || replies.value() < NearDuplicateIndex.BANDS) {
      return;
    }
    Optional<NearDuplicateIndex.Match> best = Optional.empty();
    for (BandProbe c : candidates.values()) {
      // Only an article taken earlier can be copied: two racing articles never claim each other.
      if (!a.after(c.stamp, c.id)) {
        continue;
      }
      double similarity = MinHash.similarity(a.minHash, c.minHash);
      if (similarity >= CopyIndex.NEAR) {
        best = NearDuplicateIndex.choose(best, Optional.of(new NearDuplicateIndex.Match(c.id, similarity)));
      }
    }
    if (best.isPresent()) {
      ctx.output(CLAIMS, Claim.copy(a.id, best.get().id(), a.sourceAs("near")));
    } else {
      ctx.output(CLAIMS, Claim.self(a.id));
      out.collect(a);
    }
    article.clear();
    replies.clear();
    candidates.clear();
  }
}
