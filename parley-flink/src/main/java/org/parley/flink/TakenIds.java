package org.parley.flink;

import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keyed by article id: new text under an id the input gave before is an update, sent straight to
 * extraction on the side output; anything else goes on to the near-copy stages.
 */
final class TakenIds extends KeyedProcessFunction<String, Envelope, Envelope> {
  static final OutputTag<Envelope> UPDATES = new OutputTag<>("updates") {};
  static final OutputTag<Claim> CLAIMS = new OutputTag<>("updates' claims") {};

  private final Duration ttl;
  private transient ValueState<Boolean> taken;

  TakenIds(Duration ttl) {
    this.ttl = ttl;
  }

  @Override
  public void open(OpenContext context) {
    taken = getRuntimeContext().getState(KeptState.forAWhile(new ValueStateDescriptor<>("taken", Boolean.class), ttl));
  }

  @Override
  public void processElement(Envelope article, Context ctx, Collector<Envelope> out) throws Exception {
    if (article.idGiven && taken.value() != null) {
      ctx.output(UPDATES, article);
      ctx.output(CLAIMS, Claim.self(article.id));
      return;
    }
    taken.update(true);
    out.collect(article);
  }
}
