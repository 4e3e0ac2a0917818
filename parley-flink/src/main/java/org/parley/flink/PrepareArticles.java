package org.parley.flink;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;
import org.parley.core.error.BadInputException;
import org.parley.ingest.source.ArticleReader;
import org.parley.ingest.source.ReadResult;
import org.parley.pipeline.ArticlePreparer;
import org.parley.pipeline.ingest.Candidate;

/**
 * A JSON line (the shape `parley extract` reads) to a prepared, signed article: the only place the
 * job parses and cleans it. A bad line is logged with its reason and dropped; the stream goes on.
 */
final class PrepareArticles implements FlatMapFunction<String, Envelope> {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PrepareArticles.class);
  private transient ArticlePreparer preparer;
  private transient int taken;

  /**
   * The time taken, to the millisecond, and a running count within it: increasing in the order one
   * instance reads its input, and about so across instances.
   */
  private long stamp() {
    return System.currentTimeMillis() << 20 | (taken++ & 0xFFFFF);
  }

  @Override
  public void flatMap(String line, Collector<Envelope> out) {
    if (preparer == null) {
      preparer = new ArticlePreparer();
    }
    ReadResult read = ArticleReader.jsonArticle("stream", line);
    if (read instanceof ReadResult.Rejected r) {
      LOG.warn("parley flink: skipped {}", r);
      return;
    }
    try {
      var article = ((ReadResult.Read) read).article();
      out.collect(Envelope.of(Candidate.of(preparer.prepare(article, LocalDate.now(ZoneOffset.UTC))), stamp()));
    } catch (BadInputException e) {
      LOG.warn("parley flink: skipped {}", e.getMessage());
    }
  }
}
