package org.parley.flink;

import java.io.IOException;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.parley.core.json.ExtractionJson;
import org.parley.pipeline.ingest.IngestService;
import org.parley.pipeline.ingest.Signature;
import org.parley.store.Store;
import org.parley.store.Stores;

/**
 * Writes into a Parley store (PostgreSQL for a cluster) through {@link IngestService}'s own store
 * steps: each record one upsert transaction keyed by article id, each source an upsert keyed by
 * article and address, so writes replayed after a failure replace themselves.
 */
final class StoreSink implements Sink<StoreWrite> {
  private final String location;

  StoreSink(String location) {
    this.location = location;
  }

  @Override
  public SinkWriter<StoreWrite> createWriter(WriterInitContext context) {
    Store store = Stores.open(location);
    return new SinkWriter<>() {
      @Override
      public void write(StoreWrite w, Context context) {
        if (w.isRecord()) {
          IngestService.save(store, ExtractionJson.fromJson(w.record), Signature.parse(w.signature));
        } else {
          IngestService.link(store, w.article, w.source());
        }
      }

      @Override
      public void flush(boolean endOfInput) {
        // every write has already committed its own transaction
      }

      @Override
      public void close() throws IOException {
        store.close();
      }
    };
  }
}
