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

  LocalDate fallbackDate() {
    return published.orElse(LocalDate.now(ZoneOffset.UTC));
  }

  /** Warnings for articles whose date was assumed, unless the user named the date to assume. */
  org.parley.app.ingest.AssumedDates assumedDates(java.io.PrintWriter err) {
    return published.isPresent() ? org.parley.app.ingest.AssumedDates.silent() : org.parley.app.ingest.AssumedDates.warningTo(err);
  }

  /** Every article in the inputs, and every input that could not be read, in order. */
  static List<ReadResult> read(List<String> inputs, InputStream stdin) {
    List<ReadResult> items = new ArrayList<>();
    var reader = new ArticleReader();
    for (String input : inputs) {
      reader.read(input, stdin, items::add);
    }
    return items;
  }
}
