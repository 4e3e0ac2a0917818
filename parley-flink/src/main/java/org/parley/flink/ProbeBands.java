package org.parley.flink;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;
import org.parley.ingest.dedupe.NearDuplicateIndex;

/** An article to each of its LSH buckets: one probe per band, keyed by the band's key. */
final class ProbeBands implements FlatMapFunction<Envelope, BandProbe> {
  @Override
  public void flatMap(Envelope article, Collector<BandProbe> out) {
    for (int band = 0; band < NearDuplicateIndex.BANDS; band++) {
      out.collect(BandProbe.of(band, NearDuplicateIndex.band(article.minHash, band), article));
    }
  }
}
