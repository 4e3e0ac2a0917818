package org.parley.flink;

import java.time.Duration;
import org.apache.flink.api.common.state.StateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;

/** The copies stages' state is kept for a time (a week by default), then forgotten: copies arrive within days. */
final class KeptState {
  private KeptState() {}

  static <S extends StateDescriptor<?, ?>> S forAWhile(S descriptor, Duration ttl) {
    descriptor.enableTimeToLive(StateTtlConfig.newBuilder(ttl).build());
    return descriptor;
  }
}
