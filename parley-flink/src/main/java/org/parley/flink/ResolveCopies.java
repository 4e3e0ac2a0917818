package org.parley.flink;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.ListTypeInfo;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Turns claims into sources for stored articles: a copy of a copy is linked to the article the
 * first copy was linked to, as the CLI's index does. One light instance sees every claim (ids and
 * addresses only, no text), so a chain resolves whatever instances its links were found on; a claim
 * on an article whose own claim has not come yet waits for it.
 */
final class ResolveCopies extends KeyedProcessFunction<Integer, Claim, StoreWrite> {
  /** The one key every claim is sent with. */
  static final int ALL = 0;

  private final Duration ttl;
  private transient MapState<String, String> canonical;
  private transient MapState<String, List<Claim>> waiting;

  ResolveCopies(Duration ttl) {
    this.ttl = ttl;
  }

  @Override
  public void open(OpenContext context) {
    canonical = getRuntimeContext().getMapState(KeptState.forAWhile(new MapStateDescriptor<>("canonical", Types.STRING,
        Types.STRING), ttl));
    waiting = getRuntimeContext().getMapState(KeptState.forAWhile(new MapStateDescriptor<>("waiting", Types.STRING,
        new ListTypeInfo<>(TypeInformation.of(Claim.class))), ttl));
  }

  @Override
  public void processElement(Claim claim, Context ctx, Collector<StoreWrite> out) throws Exception {
    Deque<Claim> work = new ArrayDeque<>(List.of(claim));
    while (!work.isEmpty()) {
      Claim c = work.poll();
      String target = c.self() ? c.id : canonical.get(c.of);
      if (target == null) {
        List<Claim> queue = waiting.contains(c.of) ? new ArrayList<>(waiting.get(c.of)) : new ArrayList<>();
        queue.add(c);
        waiting.put(c.of, queue);
        continue;
      }
      if (!c.self()) {
        out.collect(StoreWrite.source(target, c.source()));
      }
      // An exact copy is never itself a match (the first of its text is), so only originals and near copies are named.
      if (!c.kind.equals("exact")) {
        canonical.put(c.id, target);
        if (waiting.contains(c.id)) {
          work.addAll(waiting.get(c.id));
          waiting.remove(c.id);
        }
      }
    }
  }
}
