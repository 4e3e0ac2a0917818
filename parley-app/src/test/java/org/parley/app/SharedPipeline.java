package org.parley.app;

import java.util.Optional;
import org.parley.nlp.NlpOptions;
import org.parley.pipeline.Pipeline;

/** One loaded pipeline for every test class of this module in a JVM: the models load once. */
public final class SharedPipeline {
  private static Pipeline pipeline;

  private SharedPipeline() {}

  public static synchronized Pipeline get() {
    if (pipeline == null) {
      pipeline = Pipeline.standard(NlpOptions.defaults(), Optional.empty());
    }
    return pipeline;
  }
}
