package org.parley.flink;

import java.io.IOException;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.api.java.tuple.Tuple2;
import org.parley.core.json.ExtractionJson;
import org.parley.store.Store;
import org.parley.store.Stores;

/**
 * Writes records into a Parley store (PostgreSQL for a cluster): each record one upsert
 * transaction keyed by article id, so records replayed after a failure replace themselves.
 */
final class StoreSink implements Sink<Tuple2<String, String>> {
  private final String location;

  StoreSink(String location) {
    this.location = location;
  }

  @Override
  public SinkWriter<Tuple2<String, String>> createWriter(WriterInitContext context) {
    Store store = Stores.open(location);
    return new SinkWriter<>() {
      @Override
      public void write(Tuple2<String, String> element, Context context) {
        store.put(ExtractionJson.fromJson(element.f0), element.f1);
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
