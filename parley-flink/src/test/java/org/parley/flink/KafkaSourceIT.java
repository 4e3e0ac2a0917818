package org.parley.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Store;
import org.parley.store.Stores;

/** The job fed by a real Kafka broker started in this JVM (KRaft, from Kafka's own test kit). */
class KafkaSourceIT {
  @RegisterExtension
  static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  @TempDir Path dir;

  @Test
  void articlesPublishedToATopicLandInTheStoreOnceEach() throws Exception {
    try (var kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
        .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build()).build()) {
      kafka.format();
      kafka.startup();
      kafka.waitForReadyBrokers();
      String servers = kafka.bootstrapServers();
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", servers))) {
        admin.createTopics(List.of(new NewTopic("articles", 2, (short) 1))).all().get();
      }
      var props = new Properties();
      props.put("bootstrap.servers", servers);
      try (var producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
        for (String article : ParleyFlinkJobIT.ARTICLES) {
          producer.send(new ProducerRecord<>("articles", article)).get();
        }
      }
      String store = dir.resolve("store").toString();
      var conf = new Configuration();
      conf.setString("restart-strategy.type", "none");
      var env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
      env.setParallelism(2);
      env.enableCheckpointing(200);
      ParleyFlinkJob.build(ParleyFlinkJob.kafka(env, "kafka://" + servers.split(",")[0] + "/articles", true), store,
          Duration.ofHours(1));
      env.execute("parley-kafka-test");
      try (Store s = Stores.open(store)) {
        assertThat(s.articleIds()).containsExactlyInAnyOrder("f1", "f2", "f3");
      }
    }
  }
}
