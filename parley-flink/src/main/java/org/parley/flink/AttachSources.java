package org.parley.flink;

import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by article id: a copy's source waits until the article it copies has been extracted, then
 * follows it to the store, so the source always has its article. A source of an article whose
 * extraction failed is never written, as in the CLI. Of two versions of an article (an update), the
 * one taken later is kept even when its extraction finishes first: the first version waits for the
 * near-copy stages, the update does not.
 */
final class AttachSources extends KeyedProcessFunction<String, StoreWrite, StoreWrite> {
  private final Duration ttl;
  private transient ValueState<Long> extracted;
  private transient ListState<StoreWrite> waiting;

  AttachSources(Duration ttl) {
    this.ttl = ttl;
  }

  @Override
  public void open(OpenContext context) {
    extracted = getRuntimeContext().getState(KeptState.forAWhile(new ValueStateDescriptor<>("extracted stamp", Long.class), ttl));
    waiting = getRuntimeContext().getListState(KeptState.forAWhile(
        new ListStateDescriptor<>("waiting", TypeInformation.of(StoreWrite.class)), ttl));
  }

  @Override
  public void processElement(StoreWrite write, Context ctx, Collector<StoreWrite> out) throws Exception {
    if (write.isRecord()) {
      if (extracted.value() != null && extracted.value() > write.stamp) {
        return;
      }
      out.collect(write);
      extracted.update(write.stamp);
      for (StoreWrite source : waiting.get()) {
        out.collect(source);
      }
      waiting.clear();
    } else if (extracted.value() != null) {
      out.collect(write);
    } else {
      waiting.add(write);
    }
  }
}
