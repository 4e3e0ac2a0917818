package org.parley.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.app.ingest.IngestSummary;
import org.parley.app.ingest.Ingestor;
import org.parley.app.ingest.ReadAhead;
import org.parley.pipeline.ingest.IngestService;
import org.parley.core.error.BadInputException;
import org.parley.nlp.NlpOptions;
import org.parley.pipeline.Pipeline;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parley watch}: polls a list of feeds on a schedule, with conditional requests, and ingests
 * what is new. The models load once; each round is reported on stderr.
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = "Polls the feeds listed in a file (one URL per line, # for comments) every few minutes and ingests new stories.")
final class WatchCommand implements Callable<Integer> {
  @Option(names = "--feeds", required = true, paramLabel = "FILE", description = "The feed list.")
  Path feedList;

  @Option(names = "--every", description = "Minutes between rounds (default: ${DEFAULT-VALUE}).")
  int everyMinutes = 15;

  @Option(names = "--rounds", description = "Stop after this many rounds (default: run until stopped).")
  int rounds = Integer.MAX_VALUE;

  @Option(names = "--to", paramLabel = "kafka://host:port/topic",
      description = "Publish new stories to this Kafka topic for the Flink job instead of extracting them here.")
  java.util.Optional<String> to = java.util.Optional.empty();

  @Mixin StoreOption store;
  @Mixin ExtractionOptions options;
  @Mixin FetchOptions fetch;
  @Mixin CopiesOption copies;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  static List<String> feeds(Path file) {
    try {
      List<String> urls = Files.readAllLines(file).stream().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
      for (int i = 0; i < urls.size(); i++) {
        if (!Sources.isUrl(urls.get(i))) {
          throw new BadInputException(file + ": `" + urls.get(i) + "` is not an http(s) feed URL");
        }
      }
      return urls;
    } catch (IOException e) {
      throw new BadInputException("cannot read the feed list " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    List<String> urls = feeds(feedList);
    if (to.isPresent()) {
      return publish(urls, err);
    }
    int remembered = copies.remembered();
    Pipeline pipeline = Pipeline.standard(NlpOptions.defaults(), options.dictionary);
    var sources = new Sources(fetch.policy());
    try (Store s = store.open()) {
      var ingestor = new Ingestor(new IngestService(pipeline, s, remembered), options.threads, options.limit());
      for (int round = 1; round <= rounds; round++) {
        IngestSummary summary;
        try (var articles = new ReadAhead(sink -> sources.read(urls, s, System.in, err, sink), ingestor.window())) {
          summary = ingestor.ingest(articles, options.fallbackDate(), err, options.assumedDates(err));
        }
        summary.rejected().forEach(r -> err.println("parley watch: skipped " + r));
        err.printf("parley watch: round %d: %s%n", round, summary.describe());
        err.flush();
        if (round < rounds) {
          Thread.sleep(everyMinutes * 60_000L);
        }
      }
    }
    return ExitCodes.OK;
  }

  /**
   * Polls and publishes: the store keeps the feeds' validators, so an unchanged feed sends nothing;
   * a story sent twice is dropped by the job's first-copy-only stage.
   */
  private int publish(List<String> urls, PrintWriter err) throws InterruptedException {
    var sources = new Sources(fetch.policy());
    try (Store s = store.open(); var kafka = new KafkaPublisher(to.get())) {
      for (int round = 1; round <= rounds; round++) {
        var items = sources.read(urls, s, System.in, err);
        int sent;
        try {
          sent = kafka.publish(items);
        } catch (InterruptedException e) {
          throw e;
        } catch (Exception e) {
          throw new org.parley.core.error.ProcessingException("cannot publish to " + to.get() + ": " + e.getMessage(), e);
        }
        err.printf("parley watch: round %d: %d stories published to %s%n", round, sent, to.get());
        err.flush();
        if (round < rounds) {
          Thread.sleep(everyMinutes * 60_000L);
        }
      }
    }
    return ExitCodes.OK;
  }
}
