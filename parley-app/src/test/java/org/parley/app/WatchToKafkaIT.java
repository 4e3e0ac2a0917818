package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.json.ExtractionJson;

/** `parley watch --to kafka://…` publishes a feed's stories to a real in-process Kafka broker. */
class WatchToKafkaIT {
  @Test
  void storiesOfAFeedArePublishedAsArticleJson(@TempDir Path dir) throws Exception {
    Path samples = Path.of("").toAbsolutePath().getParent().resolve("samples").resolve("articles.jsonl");
    long stories = Files.readAllLines(samples).stream().filter(l -> !l.isBlank()).count();
    try (var kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
            .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build()).build();
         var feed = new SampleFeed(samples)) {
      kafka.format();
      kafka.startup();
      kafka.waitForReadyBrokers();
      String broker = kafka.bootstrapServers().split(",")[0];
      Path feeds = dir.resolve("feeds.txt");
      Files.writeString(feeds, "# the samples\n" + feed.feedUrl() + "\n");
      var err = new StringWriter();
      var cmd = ParleyCommand.commandLine();
      cmd.setErr(new PrintWriter(err));
      int status = cmd.execute("watch", "--feeds", feeds.toString(), "--rounds", "1", "--to", "kafka://" + broker + "/articles",
          "--allow-private", "--politeness", "0", "--store", dir.resolve("store").toString());
      assertThat(status).as(err.toString()).isZero();
      assertThat(err.toString()).contains(stories + " stories published to kafka://");
      List<String> messages = new ArrayList<>();
      // Assigned partitions, no consumer group: the one-broker test cluster has no group coordinator.
      try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", broker),
          new StringDeserializer(), new StringDeserializer())) {
        var partitions = consumer.partitionsFor("articles").stream()
            .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        long until = System.currentTimeMillis() + 20_000;
        while (messages.size() < stories && System.currentTimeMillis() < until) {
          consumer.poll(Duration.ofMillis(500)).forEach(r -> messages.add(r.value()));
        }
      }
      assertThat(messages).hasSize((int) stories);
      for (String m : messages) {
        var json = ExtractionJson.mapper().readTree(m);
        assertThat(json.get("html").asText()).contains("<article>");
        assertThat(json.get("url").asText()).contains("/articles/");
      }
    }
  }
}
