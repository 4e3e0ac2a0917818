package org.parley.flink;

import java.util.Optional;
import org.parley.nlp.NlpOptions;
import org.parley.pipeline.Pipeline;

/**
 * One loaded Pipeline per task-manager JVM, shared by every slot's operators and kept for later
 * jobs of a session cluster: the models take about 1.5 GB, so slots share one copy.
 */
final class SharedPipeline {
  private static Pipeline pipeline;

  private SharedPipeline() {}

  static synchronized Pipeline acquire() {
    if (pipeline == null) {
      pipeline = Pipeline.standard(NlpOptions.defaults(), Optional.empty());
    }
    return pipeline;
  }
}
