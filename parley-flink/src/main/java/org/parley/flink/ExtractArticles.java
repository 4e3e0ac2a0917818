package org.parley.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;
import org.parley.core.error.BadInputException;
import org.parley.core.json.ExtractionJson;
import org.parley.pipeline.Pipeline;
import org.parley.pipeline.ingest.Candidate;
import org.parley.pipeline.ingest.IngestService;

/**
 * The CLI's extraction ({@link IngestService#extract}) on an article prepared upstream: models
 * loaded once per JVM in {@code open()}; the record and its signature out.
 */
final class ExtractArticles extends RichFlatMapFunction<Envelope, StoreWrite> {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExtractArticles.class);
  private transient Pipeline pipeline;

  @Override
  public void open(OpenContext context) {
    pipeline = SharedPipeline.acquire();
  }

  @Override
  public void flatMap(Envelope article, Collector<StoreWrite> out) {
    Candidate candidate = article.read();
    try {
      var record = IngestService.extract(pipeline, candidate);
      out.collect(StoreWrite.record(candidate.id(), ExtractionJson.toLine(record), candidate.signature().encode(), article.stamp));
    } catch (BadInputException e) {
      LOG.warn("parley flink: skipped {}", e.getMessage());
    }
  }
}
