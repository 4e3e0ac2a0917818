package org.parley.app;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.parley.core.article.Article;
import org.parley.core.json.ExtractionJson;
import org.parley.ingest.source.ReadResult;

/**
 * Sends fetched articles to a Kafka topic ({@code kafka://host:port/topic}) as JSON lines of the
 * shape `parley extract` reads, for the Flink job to extract: polling and extraction scale apart.
 */
final class KafkaPublisher implements AutoCloseable {
  private final KafkaProducer<String, String> producer;
  private final String topic;

  KafkaPublisher(String url) {
    URI uri = URI.create(url);
    if (!"kafka".equals(uri.getScheme()) || uri.getHost() == null || uri.getPath().length() < 2) {
      throw new org.parley.core.error.BadInputException("--to expects kafka://host:port/topic, not " + url);
    }
    this.topic = uri.getPath().substring(1);
    this.producer = new KafkaProducer<>(Map.of("bootstrap.servers", uri.getHost() + ":" + uri.getPort(),
        "acks", "all", "enable.idempotence", "true"), new StringSerializer(), new StringSerializer());
  }

  /** Publishes the articles (keyed by URL), and returns how many. */
  int publish(List<ReadResult> items) throws Exception {
    int sent = 0;
    for (ReadResult item : items) {
      if (item instanceof ReadResult.Read read) {
        Article a = read.article();
        var json = ExtractionJson.mapper().createObjectNode();
        a.url().ifPresent(u -> json.put("url", u));
        a.title().ifPresent(t -> json.put("title", t));
        a.outlet().ifPresent(o -> json.put("outlet", o));
        a.published().ifPresent(p -> json.put("published", p.toString()));
        json.put(a.html() ? "html" : "text", a.body());
        producer.send(new ProducerRecord<>(topic, a.url().orElse(a.origin()), json.toString())).get();
        sent++;
      }
    }
    producer.flush();
    return sent;
  }

  @Override
  public void close() {
    producer.close();
  }
}
