package org.parley.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is refused line by line, record by record, with where and why; nothing good is lost with it. */
class ArticleReaderFaultsTest {
  static final String GOOD = "{\"id\":\"good-%d\",\"text\":\"Chile and Peru signed a fishing accord on Monday.\"}";

  static List<ReadResult> read(ArticleReader reader, Path input) {
    List<ReadResult> out = new ArrayList<>();
    reader.read(input.toString(), new ByteArrayInputStream(new byte[0]), out::add);
    return out;
  }

  static List<String> goodIds(List<ReadResult> results) {
    return results.stream().filter(r -> r instanceof ReadResult.Read).map(r -> ((ReadResult.Read) r).article().id().orElse("?"))
        .toList();
  }

  @Test
  void aBadByteCostsItsLineOnlyAndALeadingBomIsNoLoss(@TempDir Path dir) throws Exception {
    var bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write((String.format(GOOD, 1) + "\n").getBytes(StandardCharsets.UTF_8));
    bytes.write("{\"id\":\"bad\",\"text\":\"Caf".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9);
    bytes.write("\"}\n".getBytes(StandardCharsets.UTF_8));
    bytes.write((String.format(GOOD, 3) + "\n").getBytes(StandardCharsets.UTF_8));
    Path file = dir.resolve("mixed.jsonl");
    Files.write(file, bytes.toByteArray());
    var results = read(new ArticleReader(), file);
    assertThat(goodIds(results)).containsExactly("good-1", "good-3");
    assertThat(results.get(1).toString()).contains("mixed.jsonl line 2").contains("not valid UTF-8 at byte 24");
  }

  @Test
  void fieldsOfTheWrongTypeAndSecondObjectsAreRefusedAloud(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("types.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"text\": true}",
        "{\"id\": {\"x\": 1}, \"text\": \"Peru voted.\"}",
        "{\"text\": \"Peru voted.\", \"published\": {\"y\": 2020}}",
        String.format(GOOD, 4) + " " + String.format(GOOD, 5),
        "{\"id\": 1017, \"text\": \"Peru voted.\"}",
        "{\"text\": \"Peru voted.\", \"published\": \"+999999999-12-31\"}",
        String.format(GOOD, 7)));
    var results = read(new ArticleReader(), file);
    assertThat(results).hasSize(7);
    assertThat(results.get(0).toString()).contains("line 1").contains("field `text` must be a string, not boolean");
    assertThat(results.get(1).toString()).contains("line 2").contains("field `id` must be a string, not object");
    assertThat(results.get(2).toString()).contains("line 3").contains("field `published` must be a string");
    assertThat(results.get(3).toString()).contains("line 4").contains("more than one JSON value");
    assertThat(goodIds(results)).containsExactly("1017", "good-7");
    assertThat(results.get(5).toString()).contains("line 6").contains("outside the years");
  }

  @Test
  void anArticleOverTheLimitIsPassedOverAndTheNextIsRead(@TempDir Path dir) throws Exception {
    var reader = new ArticleReader(new ReadLimits(1000, 1 << 20));
    Path big = dir.resolve("a-big.txt");
    Files.writeString(big, "word ".repeat(1000));
    Path small = dir.resolve("b-small.txt");
    Files.writeString(small, "Chile and Peru signed a fishing accord on Monday.");
    var results = read(reader, dir);
    assertThat(results).hasSize(2);
    assertThat(results.get(0).toString()).contains("a-big.txt").contains("over the limit of 1000");
    assertThat(results.get(1)).isInstanceOf(ReadResult.Read.class);
    Path lines = dir.resolve("c.jsonl");
    Files.writeString(lines, "{\"id\":\"long\",\"text\":\"" + "word ".repeat(400) + "\"}\n" + String.format(GOOD, 2) + "\n");
    var fromLines = read(reader, lines);
    assertThat(fromLines.get(0).toString()).contains("line 1").contains("over the limit of 1000");
    assertThat(goodIds(fromLines)).containsExactly("good-2");
  }

  @Test
  void jsonLinesAreStreamedWhateverTheFilesSize(@TempDir Path dir) throws Exception {
    // A file far over the per-file limit is read whole, a line at a time.
    var reader = new ArticleReader(new ReadLimits(1000, 1000));
    Path lines = dir.resolve("many.jsonl");
    StringBuilder content = new StringBuilder("\uFEFF");
    for (int i = 0; i < 200; i++) {
      content.append(String.format(GOOD, i)).append(i % 2 == 0 ? "\r\n" : "\n");
    }
    content.append(String.format(GOOD, 200));
    Files.writeString(lines, content.toString());
    var results = read(reader, lines);
    assertThat(goodIds(results)).hasSize(201).startsWith("good-0", "good-1").endsWith("good-200");
    assertThat(results).allMatch(r -> r instanceof ReadResult.Read);
  }

  @Test
  void aWarcRecordThatUnpacksPastTheLimitIsPassedOverNotHeldInMemory(@TempDir Path dir) throws Exception {
    byte[] bomb = ("<html><body><p>" + "a".repeat(3_000_000) + "</p></body></html>").getBytes(StandardCharsets.US_ASCII);
    byte[] fine = "<html><body><article><p>Chile and Peru signed a fishing accord on Monday.</p></article></body></html>"
        .getBytes(StandardCharsets.US_ASCII);
    var warc = new ByteArrayOutputStream();
    warc.write(record("https://example.org/bomb", bomb));
    warc.write(record("https://example.org/fine", fine));
    Path file = dir.resolve("crawl.warc.gz");
    Files.write(file, warc.toByteArray());
    assertThat(Files.size(file)).isLessThan(100_000);
    var results = read(new ArticleReader(new ReadLimits(1 << 20, 1 << 24)), file);
    assertThat(results).hasSize(2);
    assertThat(results.get(0).toString()).contains("unpacks to more than 1048576 bytes");
    assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Read.class,
        r -> assertThat(r.article().url()).contains("https://example.org/fine"));
  }

  static byte[] record(String url, byte[] html) throws Exception {
    byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + html.length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    byte[] block = new byte[http.length + html.length];
    System.arraycopy(http, 0, block, 0, http.length);
    System.arraycopy(html, 0, block, http.length, html.length);
    String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(url.getBytes())
        + ">\r\nWARC-Date: 2024-05-14T10:00:00Z\r\nWARC-Target-URI: " + url + "\r\nContent-Type: application/http; msgtype=response\r\n"
        + "Content-Length: " + block.length + "\r\n\r\n";
    var out = new ByteArrayOutputStream();
    try (var z = new GZIPOutputStream(out)) {
      z.write(head.getBytes(StandardCharsets.US_ASCII));
      z.write(block);
      z.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    return out.toByteArray();
  }
}
