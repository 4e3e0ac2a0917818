package org.parley.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.core.error.BadInputException;
import org.parley.ingest.clean.HtmlText;
import org.parley.ingest.clean.TextCleaner;
import org.parley.ingest.feed.FeedParser;
import org.parley.ingest.source.ArticleReader;
import org.parley.ingest.source.ReadLimits;
import org.parley.ingest.source.ReadResult;
import org.parley.ingest.warc.WarcArticles;

/**
 * Coverage-guided fuzz targets (Jazzer) for every reader of untrusted input in this module. In
 * `mvn verify` each runs as a regression test over its corpus in
 * src/test/resources/org/parley/ingest/fuzz/IngestFuzzTestInputs/; with JAZZER_FUZZ=1 it fuzzes
 * (tools/dev/fuzz.sh). The contract each checks: a result or a named refusal, never another
 * exception, and nothing that grows past what it was given.
 */
class IngestFuzzTest {
  private static final TextCleaner CLEANER = new TextCleaner();
  private static final HtmlText HTML = new HtmlText();
  private static final FeedParser FEEDS = new FeedParser();
  private static final ReadLimits SMALL = new ReadLimits(1 << 16, 1 << 20);

  @FuzzTest(maxDuration = "10m")
  void cleaner(byte[] input) {
    String body = new String(input, java.nio.charset.StandardCharsets.UTF_8);
    var clean = CLEANER.clean(body);
    assertThat(clean.text().length()).isLessThanOrEqualTo(body.length() + 2);
  }

  @FuzzTest(maxDuration = "10m")
  void mainContent(byte[] input) {
    var page = HTML.extract(new String(input, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(page.text()).isNotNull();
  }

  @FuzzTest(maxDuration = "10m")
  void jsonLines(byte[] input) {
    List<ReadResult> out = new ArrayList<>();
    new ArticleReader(SMALL).read("-", new ByteArrayInputStream(prefixedWithBrace(input)), out::add);
    assertThat(out).allSatisfy(r -> assertThat(r).isInstanceOfAny(ReadResult.Read.class, ReadResult.Rejected.class));
    out.stream().filter(r -> r instanceof ReadResult.Rejected).forEach(r -> assertThat(r.toString()).contains("stdin"));
  }

  @FuzzTest(maxDuration = "10m")
  void warc(FuzzedDataProvider data) throws Exception {
    boolean gzipped = data.consumeBoolean();
    Path file = Files.createTempFile("parley-fuzz", gzipped ? ".warc.gz" : ".warc");
    try {
      Files.write(file, data.consumeRemainingAsBytes());
      List<ReadResult> out = new ArrayList<>();
      WarcArticles.read(file, out::add, SMALL.maxRecordBytes());
      assertThat(out).isNotEmpty();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void feed(FuzzedDataProvider data) {
    Optional<String> type = data.consumeBoolean() ? Optional.of(data.consumeString(60)) : Optional.empty();
    try {
      var feed = FEEDS.parse("fuzz", data.consumeRemainingAsBytes(), type);
      assertThat(feed.items()).isNotNull();
    } catch (BadInputException refused) {
      assertThat(refused.getMessage()).startsWith("fuzz: ");
    }
  }

  /** Standard input is read as JSON Lines when it starts with a brace. */
  private static byte[] prefixedWithBrace(byte[] input) {
    byte[] out = new byte[input.length + 1];
    out[0] = '{';
    System.arraycopy(input, 0, out, 1, input.length);
    return out;
  }
}
