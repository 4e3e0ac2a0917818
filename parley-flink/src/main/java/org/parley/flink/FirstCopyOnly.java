package org.parley.flink;

import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by content id: the first copy of a text goes on, later copies within the TTL are dropped.
 * The state is checkpointed, so a restart does not let copies through twice.
 */
final class FirstCopyOnly extends KeyedProcessFunction<String, Tuple3<String, String, String>, Tuple3<String, String, String>> {
  private final Duration ttl;
  private transient ValueState<Boolean> seen;

  FirstCopyOnly(Duration ttl) {
    this.ttl = ttl;
  }

  @Override
  public void open(OpenContext context) {
    var descriptor = new ValueStateDescriptor<>("seen", Boolean.class);
    descriptor.enableTimeToLive(StateTtlConfig.newBuilder(ttl).build());
    seen = getRuntimeContext().getState(descriptor);
  }

  @Override
  public void processElement(Tuple3<String, String, String> value, Context ctx, Collector<Tuple3<String, String, String>> out)
      throws Exception {
    if (seen.value() == null) {
      seen.update(true);
      out.collect(value);
    }
  }
}
