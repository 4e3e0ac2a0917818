package org.parley.flink;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.util.Collector;
import org.parley.core.error.BadInputException;
import org.parley.core.json.ExtractionJson;
import org.parley.ingest.source.ArticleReader;
import org.parley.ingest.source.ReadResult;
import org.parley.pipeline.Pipeline;

/** The same Pipeline as the CLI: models loaded once per JVM in {@code open()}; (record JSON, signature) out. */
final class ExtractArticles extends RichFlatMapFunction<Tuple3<String, String, String>, Tuple2<String, String>> {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExtractArticles.class);
  private transient Pipeline pipeline;

  @Override
  public void open(OpenContext context) {
    pipeline = SharedPipeline.acquire();
  }

  @Override
  public void flatMap(Tuple3<String, String, String> in, Collector<Tuple2<String, String>> out) {
    var article = ((ReadResult.Read) ArticleReader.jsonArticle("stream", in.f2)).article();
    try {
      var record = pipeline.process(article, LocalDate.now(ZoneOffset.UTC));
      out.collect(Tuple2.of(ExtractionJson.toLine(record), in.f1));
    } catch (BadInputException e) {
      LOG.warn("parley flink: skipped {}", e.getMessage());
    }
  }
}
