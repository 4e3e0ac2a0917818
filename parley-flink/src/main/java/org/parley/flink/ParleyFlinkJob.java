package org.parley.flink;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The scale-out job: articles as JSON lines from files or a Kafka topic, judged by the CLI's copies
 * policy in keyed state (exact copies by content id, updates by article id, near copies by LSH band
 * then MinHash similarity), the fresh ones and updates extracted with the CLI's Pipeline, and
 * records and copies' sources upserted into a store. Usage (flink run):
 * {@code --input FILE_OR_DIR|kafka://host:port/topic --store postgresql://... [--parallelism N] [--checkpoint-ms 10000]}.
 */
public final class ParleyFlinkJob {
  private ParleyFlinkJob() {}

  /** Wires the job on {@code env} from a stream of JSON lines to the store at {@code store}. */
  public static void build(DataStream<String> lines, String store, Duration dedupeTtl) {
    var firstOfText = lines.flatMap(new PrepareArticles()).name("prepare")
        .keyBy(a -> a.contentId).process(new ExactCopies(dedupeTtl)).name("exact copies");
    var notUpdates = firstOfText.keyBy(a -> a.id).process(new TakenIds(dedupeTtl)).name("updates");
    var replies = notUpdates.flatMap(new ProbeBands()).name("LSH bands")
        .keyBy(p -> p.bucket).process(new BandMembers(dedupeTtl)).name("band members");
    var fresh = notUpdates.keyBy(a -> a.id).connect(replies.keyBy(r -> r.id)).process(new ConfirmNear(dedupeTtl))
        .name("near copies");
    DataStream<Claim> claims = firstOfText.getSideOutput(ExactCopies.CLAIMS)
        .union(notUpdates.getSideOutput(TakenIds.CLAIMS), fresh.getSideOutput(ConfirmNear.CLAIMS));
    var sources = claims.keyBy(c -> ResolveCopies.ALL).process(new ResolveCopies(dedupeTtl)).name("resolve copies");
    var records = fresh.union(notUpdates.getSideOutput(TakenIds.UPDATES)).flatMap(new ExtractArticles()).name("extract");
    records.union(sources).keyBy(w -> w.article).process(new AttachSources(dedupeTtl)).name("attach sources")
        .sinkTo(new StoreSink(store)).name("store");
  }

  public static DataStream<String> files(StreamExecutionEnvironment env, String input) {
    var source = FileSource.forRecordStreamFormat(new TextLineInputFormat(), new Path(input)).build();
    return env.fromSource(source, WatermarkStrategy.noWatermarks(), "articles " + input).filter(l -> !l.isBlank());
  }

  /**
   * Articles from a Kafka topic ({@code kafka://host:port/topic}), one JSON article per message,
   * from the earliest offset; {@code bounded} stops at the offsets current at start (a backfill).
   */
  public static DataStream<String> kafka(StreamExecutionEnvironment env, String url, boolean bounded) {
    java.net.URI uri = java.net.URI.create(url);
    String topic = uri.getPath().replaceFirst("^/", "");
    var builder = org.apache.flink.connector.kafka.source.KafkaSource.<String>builder()
        .setBootstrapServers(uri.getHost() + ":" + uri.getPort())
        .setTopics(topic)
        .setGroupId("parley")
        .setStartingOffsets(org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer.earliest())
        .setValueOnlyDeserializer(new org.apache.flink.api.common.serialization.SimpleStringSchema());
    if (bounded) {
      builder.setBounded(org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer.latest());
    }
    return env.fromSource(builder.build(), WatermarkStrategy.noWatermarks(), "articles " + url);
  }

  public static void main(String[] args) throws Exception {
    String input = null;
    String store = null;
    int parallelism = 1;
    long checkpoint = 10_000;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--input" -> input = args[i + 1];
        case "--store" -> store = args[i + 1];
        case "--parallelism" -> parallelism = Integer.parseInt(args[i + 1]);
        case "--checkpoint-ms" -> checkpoint = Long.parseLong(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (input == null || store == null) {
      System.err.println("usage: ParleyFlinkJob --input FILE_OR_DIR --store postgresql://... [--parallelism N] [--checkpoint-ms MS]");
      System.exit(2);
    }
    var env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(parallelism);
    env.enableCheckpointing(checkpoint);
    var lines = input.startsWith("kafka://") ? kafka(env, input, false) : files(env, input);
    build(lines, store, Duration.ofDays(7));
    env.execute("parley");
  }
}
