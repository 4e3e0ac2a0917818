package org.parley.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  private final ArticleReader reader = new ArticleReader();

  private List<ReadResult> read(String input) {
    List<ReadResult> out = new ArrayList<>();
    reader.read(input, new ByteArrayInputStream(new byte[0]), out::add);
    return out;
  }

  @Test
  void readsJsonLinesAndReportsBadLinesByNumber(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("batch.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\":\"x1\",\"text\":\"Kenya and Uganda signed a border deal.\",\"published\":\"2021-05-04\",\"outlet\":\"Wire\"}",
        "{not json",
        "{\"id\":\"x3\",\"text\":\"\"}",
        "{\"html\":\"<p>Ghana recalled its envoy.</p>\",\"published\":\"2021-05-04T10:00:00Z\"}",
        "{\"text\":\"Peru voted.\",\"published\":\"yesterday\"}"), StandardCharsets.UTF_8);
    var results = read(file.toString());
    assertThat(results).hasSize(5);
    assertThat(results.get(0)).isInstanceOfSatisfying(ReadResult.Read.class, r -> {
      assertThat(r.article().id()).contains("x1");
      assertThat(r.article().published()).contains(LocalDate.of(2021, 5, 4));
      assertThat(r.article().outlet()).contains("Wire");
    });
    assertThat(results.get(1).toString()).contains("batch.jsonl line 2").contains("malformed JSON");
    assertThat(results.get(2).toString()).contains("line 3").contains("`text`");
    assertThat(results.get(3)).isInstanceOfSatisfying(ReadResult.Read.class, r -> assertThat(r.article().html()).isTrue());
    assertThat(results.get(4).toString()).contains("line 5").contains("`published`");
  }

  @Test
  void rejectsInvalidUtf8AndEmptyFiles(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("bad.txt"), new byte[] {'O', 'K', ' ', (byte) 0xC3, (byte) 0x28});
    Files.writeString(dir.resolve("empty.txt"), "  \n");
    Files.writeString(dir.resolve("good.txt"), "Chad closed its border with Sudan on Monday.");
    var results = read(dir.toString());
    assertThat(results).hasSize(3);
    assertThat(results.get(0).toString()).contains("bad.txt").contains("not valid UTF-8");
    assertThat(results.get(1).toString()).contains("empty.txt").contains("empty");
    assertThat(results.get(2)).isInstanceOf(ReadResult.Read.class);
  }

  @Test
  void reportsMissingInput() {
    assertThat(read("/no/such/place.txt").get(0).toString()).contains("/no/such/place.txt").contains("no such file");
  }

  @Test
  void readsStdinAsTextOrJsonLines() {
    List<ReadResult> out = new ArrayList<>();
    reader.read("-", new ByteArrayInputStream("Mali expelled the envoy.".getBytes(StandardCharsets.UTF_8)), out::add);
    reader.read("-", new ByteArrayInputStream("{\"text\":\"Mali expelled the envoy.\"}\n".getBytes(StandardCharsets.UTF_8)), out::add);
    assertThat(out).hasSize(2).allMatch(r -> r instanceof ReadResult.Read);
  }
}
