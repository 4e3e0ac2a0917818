package org.parley.flink;

import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keyed by content id: the first article with a text goes on; a later one is an exact copy of it,
 * claimed on the side output. The state is checkpointed, so a restart lets no copy through twice.
 */
final class ExactCopies extends KeyedProcessFunction<String, Envelope, Envelope> {
  static final OutputTag<Claim> CLAIMS = new OutputTag<>("exact copies") {};

  private final Duration ttl;
  private transient ValueState<String> first;

  ExactCopies(Duration ttl) {
    this.ttl = ttl;
  }

  @Override
  public void open(OpenContext context) {
    first = getRuntimeContext().getState(KeptState.forAWhile(new ValueStateDescriptor<>("first", String.class), ttl));
  }

  @Override
  public void processElement(Envelope article, Context ctx, Collector<Envelope> out) throws Exception {
    String taken = first.value();
    if (taken != null) {
      ctx.output(CLAIMS, Claim.copy(article.id, taken, article.sourceAs("exact")));
      return;
    }
    first.update(article.id);
    out.collect(article);
  }
}
