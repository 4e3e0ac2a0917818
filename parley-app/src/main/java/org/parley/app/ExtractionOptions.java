package org.parley.app;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.ingest.source.ArticleReader;
import org.parley.ingest.source.ReadResult;
import picocli.CommandLine.Option;

/** The options of every command that extracts: publication date fallback, extra data files, threads. */
public final class ExtractionOptions {
  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles whose input, page, text and file name give none (default: today, "
          + "with a warning; such records say published_from: assumed).")
  Optional<LocalDate> published = Optional.empty();

  @Option(names = "--dictionary", paramLabel = "DIR",
      description = "A folder of data files (countries.tsv, roles.tsv, patterns.tsv, cues.tsv ...) whose rows add to the bundled ones.")
  Optional<Path> dictionary = Optional.empty();

  @Option(names = "--threads", description = "Articles processed in parallel (default: ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-seconds", paramLabel = "S",
      description = "Time one article may take before it is given up and reported; the rest go on (default: ${DEFAULT-VALUE}).")
  int maxSeconds = (int) org.parley.app.ingest.Ingestor.DEFAULT_LIMIT.toSeconds();

  @Option(names = "--max-article-bytes", paramLabel = "N",
      description = "Largest article read, after decompression: a text or page file, a JSON line, a WARC record "
          + "(default: ${DEFAULT-VALUE}); a larger one is reported and passed over.")
  long maxArticleBytes = org.parley.ingest.source.ReadLimits.DEFAULT_RECORD_BYTES;

  java.time.Duration limit() {
    if (maxSeconds < 1) {
      throw new org.parley.core.error.BadInputException("--max-seconds " + maxSeconds + " is not valid; use a whole number of at least 1");
    }
    return java.time.Duration.ofSeconds(maxSeconds);
  }

  org.parley.ingest.source.ReadLimits readLimits() {
    if (maxArticleBytes < 1 || maxArticleBytes > org.parley.ingest.source.ReadLimits.DEFAULT_FILE_BYTES) {
      throw new org.parley.core.error.BadInputException("--max-article-bytes " + maxArticleBytes + " is not valid; use a number from 1 to "
          + org.parley.ingest.source.ReadLimits.DEFAULT_FILE_BYTES);
    }
    return new org.parley.ingest.source.ReadLimits(maxArticleBytes, org.parley.ingest.source.ReadLimits.DEFAULT_FILE_BYTES);
  }

  LocalDate fallbackDate() {
    published.filter(d -> d.getYear() < 1800 || d.getYear() > 2200).ifPresent(d -> {
      throw new org.parley.core.error.BadInputException("--published " + d + " is not valid; give a date between the years 1800 and 2200");
    });
    return published.orElse(LocalDate.now(ZoneOffset.UTC));
  }

  /** Warnings for articles whose date was assumed, unless the user named the date to assume. */
  org.parley.app.ingest.AssumedDates assumedDates(java.io.PrintWriter err) {
    return published.isPresent() ? org.parley.app.ingest.AssumedDates.silent() : org.parley.app.ingest.AssumedDates.warningTo(err);
  }

  /** Every article in the inputs, and every input that could not be read, in order. */
  static List<ReadResult> read(List<String> inputs, InputStream stdin) {
    return read(inputs, stdin, org.parley.ingest.source.ReadLimits.defaults());
  }

  static List<ReadResult> read(List<String> inputs, InputStream stdin, org.parley.ingest.source.ReadLimits limits) {
    List<ReadResult> items = new ArrayList<>();
    var reader = new ArticleReader(limits);
    for (String input : inputs) {
      reader.read(input, stdin, items::add);
    }
    return items;
  }
}
