package org.parley.flink;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.util.Collector;
import org.parley.core.error.BadInputException;
import org.parley.ingest.dedupe.MinHash;
import org.parley.ingest.source.ArticleReader;
import org.parley.ingest.source.ReadResult;
import org.parley.pipeline.ArticlePreparer;
import org.parley.pipeline.Pipeline;

/**
 * A JSON line (the shape `parley extract` reads) to (content id, signature, line); a bad line is
 * logged with its reason and dropped, and the stream goes on.
 */
final class PrepareArticles implements FlatMapFunction<String, Tuple3<String, String, String>> {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PrepareArticles.class);
  private transient ArticlePreparer preparer;

  @Override
  public void flatMap(String line, Collector<Tuple3<String, String, String>> out) {
    if (preparer == null) {
      preparer = new ArticlePreparer();
    }
    ReadResult read = ArticleReader.jsonArticle("stream", line);
    if (read instanceof ReadResult.Rejected r) {
      LOG.warn("parley flink: skipped {}", r);
      return;
    }
    try {
      var prepared = preparer.prepare(((ReadResult.Read) read).article(), LocalDate.now(ZoneOffset.UTC));
      String text = prepared.clean().text();
      String id = Pipeline.contentId(text);
      out.collect(Tuple3.of(id, id + ";" + MinHash.encode(MinHash.signature(text)), line));
    } catch (BadInputException e) {
      LOG.warn("parley flink: skipped {}", e.getMessage());
    }
  }
}
