package org.parley.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a corpus of malformed and hostile inputs, one case per file, with good articles among
 * them: wrong JSON types, several values on a line, bad UTF-8, byte-order marks, dates no news can
 * have, empty and binary files, oversized and pathological articles, broken and bomb web archives.
 * Deterministic (a fixed seed), made fresh by each test run, never stored in the repository.
 */
final class MalformedCorpus {
  /** One case: its file, and the kind of fault it holds. */
  record Case(Path file, String kind) {}

  static final List<String> CONTROLS = List.of("control-1", "control-2", "control-3");
  /** Stories of their own, so that no case is a copy of a control and none is linked to another. */
  static final List<String> CONTROL_STORIES = List.of(
      "Ghana and Togo reopened their border crossing at Aflao on Tuesday after a week of talks, officials said.",
      "Fishermen in Valparaiso staged a protest on Wednesday against new quotas, the port authority said.",
      "Norway pledged emergency aid to Chad on Thursday after floods in the east destroyed thousands of homes.");
  static final String STORY = "Chile and Peru signed a fishing accord in Lima on Monday, officials said.";

  private final Path dir;
  private final List<Case> cases = new ArrayList<>();
  private final Random random = new Random(20261201);
  private final int bigBytes;

  private MalformedCorpus(Path dir, int bigBytes) {
    this.dir = dir;
    this.bigBytes = bigBytes;
  }

  /**
   * @param bigBytes a size over the article limit the test sets: the oversized cases are this big
   */
  static List<Case> write(Path dir, int bigBytes) throws IOException {
    var corpus = new MalformedCorpus(dir, bigBytes);
    corpus.controls();
    corpus.wrongTypes();
    corpus.badJsonShapes();
    corpus.badBytes();
    corpus.badDates();
    corpus.strangeTexts();
    corpus.strangeIds();
    corpus.plainFiles();
    corpus.webArchives();
    return corpus.cases;
  }

  private void controls() throws IOException {
    for (int i = 0; i < CONTROLS.size(); i++) {
      // Spread among the cases by name, so that a reader which stops early loses a control.
      String name = String.format("%03d-control.jsonl", i * 90 + 45);
      Files.writeString(dir.resolve(name), "{\"id\":\"" + CONTROLS.get(i) + "\",\"text\":\"" + CONTROL_STORIES.get(i)
          + "\",\"published\":\"2024-05-13\"}\n");
    }
  }

  private void jsonl(String kind, String line) throws IOException {
    jsonlBytes(kind, line.getBytes(StandardCharsets.UTF_8));
  }

  private void jsonlBytes(String kind, byte[] content) throws IOException {
    Path file = dir.resolve(String.format("%03d-%s.jsonl", cases.size(), kind));
    Files.write(file, content);
    cases.add(new Case(file, kind));
  }

  private void file(String kind, String extension, byte[] content) throws IOException {
    Path file = dir.resolve(String.format("%03d-%s.%s", cases.size(), kind, extension));
    Files.write(file, content);
    cases.add(new Case(file, kind));
  }

  private void wrongTypes() throws IOException {
    String[] values = {"true", "1.5", "[]", "{\"a\":1}", "null", "-7", "\"\"", "\"   \""};
    for (String field : List.of("text", "html", "id", "url", "title", "outlet", "published")) {
      for (String v : values) {
        String text = field.equals("text") || field.equals("html") ? "" : ",\"text\":\"" + STORY + "\"";
        jsonl("type-" + field, "{\"" + field + "\":" + v + text + "}");
      }
    }
  }

  private void badJsonShapes() throws IOException {
    String good = "{\"text\":\"" + STORY + "\"}";
    jsonl("two-objects", good + " " + good);
    jsonl("two-objects-no-space", good + good);
    jsonl("trailing-garbage", good + " xyz");
    jsonl("trailing-comma", "{\"text\":\"" + STORY + "\",}");
    jsonl("empty-object", "{}");
    jsonl("array", "[" + good + "]");
    jsonl("string", "\"" + STORY + "\"");
    jsonl("number", "42");
    jsonl("unclosed", "{\"text\":\"" + STORY);
    jsonl("single-quotes", "{'text':'" + STORY + "'}");
    jsonl("comment", "// a comment\n" + good);
    jsonl("deep-nesting", "{\"text\":\"" + STORY + "\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
    jsonl("duplicate-keys", "{\"text\":\"" + STORY + "\",\"text\":\"Peru voted.\"}");
    jsonl("lone-surrogate-escape", "{\"text\":\"" + STORY + " \\ud800\"}");
    jsonl("nul-escape", "{\"text\":\"" + STORY + " \\u0000 \\u0001\"}");
    jsonl("only-newlines", "\n\n\n\n");
    jsonl("empty-file", "");
    jsonl("crlf-lines", good + "\r\n" + good + "\r\n");
    jsonl("huge-number", "{\"text\":\"" + STORY + "\",\"id\":" + "9".repeat(400) + "}");
    jsonl("nan", "{\"text\":\"" + STORY + "\",\"x\":NaN}");
    jsonl("key-too-long", "{\"" + "k".repeat(100_000) + "\":1,\"text\":\"" + STORY + "\"}");
    jsonl("line-over-limit", "{\"text\":\"" + "word ".repeat(bigBytes / 5 + 10) + "\"}");
  }

  private void badBytes() throws IOException {
    byte[][] bad = {{(byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xFF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
    for (int k = 0; k < bad.length; k++) {
      for (String where : List.of("start", "middle", "end")) {
        var out = new ByteArrayOutputStream();
        String line = "{\"text\":\"" + STORY + "\"}";
        int at = where.equals("start") ? 0 : where.equals("middle") ? 12 : line.length();
        out.write(line.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.write(bad[k]);
        out.write(line.substring(at).getBytes(StandardCharsets.UTF_8));
        jsonlBytes("bad-utf8-" + k + "-" + where, out.toByteArray());
      }
    }
    jsonlBytes("utf8-bom", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ("{\"text\":\"" + STORY + "\"}\n").getBytes(StandardCharsets.UTF_8)));
    jsonlBytes("utf16-le", ("{\"text\":\"" + STORY + "\"}\n").getBytes(StandardCharsets.UTF_16LE));
    jsonlBytes("utf16-bom", ("{\"text\":\"" + STORY + "\"}\n").getBytes(StandardCharsets.UTF_16));
    jsonlBytes("latin1", ("{\"text\":\"Caf\u00e9 owners in Bogot\u00e1 protested on Monday.\"}\n").getBytes(StandardCharsets.ISO_8859_1));
  }

  private void badDates() throws IOException {
    for (String date : List.of("+999999999-12-31", "-0001-01-01", "0000-00-00", "2024-13-45", "9999-12-31", "1799-12-31",
        "2024-02-30", "2024", "2024-01-01T25:00:00Z", "yesterday", "   ", "2024-05-13T10:00:00+25:00", "١٢٣٤-٠١-٠١",
        "2024-05-13T10:00:00Z extra")) {
      jsonl("date", "{\"text\":\"" + STORY + " Talks resume on Friday, three weeks from now.\",\"published\":\"" + date + "\"}");
    }
  }

  private void strangeTexts() throws IOException {
    String[] texts = {
        "", "   \\n\\t  ", ".,;:!?", "\\u0000\\u0001\\u0002\\u0003", "\\u202e\\u202d" + STORY, "Z\\u0351\\u0352\\u0353a\\u0354\\u0355lgo" + STORY,
        "\\ud83d\\ude00 " + STORY, "a".repeat(60_000), "Ali and Bo and ".repeat(2500) + "Cy met.",
        "one, ".repeat(20_000) + STORY, "word ".repeat(20_000), "Das ist ein Artikel auf Deutsch \u00fcber die Wahl in Berlin.",
        "\u6e2c\u8a66\u6587\u7ae0\u3002" .repeat(200), "\\\"" + STORY + "\\\"", "\\n".repeat(5_000) + STORY,
        "P.\\n\\n".repeat(20_000), STORY + "\\r" + STORY + "\\r", "<script>alert(1)</script>" + STORY, "=HYPERLINK(\\\"http://x\\\")" + STORY,
        "I" + " said \\\"".repeat(3000) + STORY, "\\t\\f\\u000b" + STORY, "http://example.org/" + "a/".repeat(2000),
        "| a | b |\\n|---|---|\\n| 1 | 2 |", "1234567890 ".repeat(500), "\\ud83c\\udf89".repeat(500),
        "\u0627\u0644\u062e\u0628\u0631 ".repeat(100), STORY.repeat(300), STORY.toUpperCase(java.util.Locale.ROOT).repeat(50),
        "\\u00ad".repeat(3000) + STORY, "''".repeat(5000) + STORY, "(".repeat(10_000) + STORY, STORY + " ".repeat(50_000)};
    for (String t : texts) {
      jsonl("text", "{\"text\":\"" + t + "\"}");
    }
    String[] html = {
        "<html><body>" + "&amp;".repeat(40_000) + "</body></html>", "<script>x()</script><style>p{}</style>",
        "<div>".repeat(5000) + STORY + "</div>".repeat(5000), "<p>" + STORY, "<!-- " + STORY + " -->", "<![CDATA[" + STORY + "]]>",
        "<html><head><meta charset=\\\"koi8-r\\\"></head><body><p>" + STORY + "</p></body></html>",
        "<table>" + "<tr><td>1</td></tr>".repeat(5000) + "</table>", "<a href=\\\"javascript:alert(1)\\\">" + STORY + "</a>",
        "<html><head><meta property=\\\"article:published_time\\\" content=\\\"+999999999-12-31\\\"></head><body><p>" + STORY
            + "</p></body></html>",
        "<svg><script>alert(1)</script></svg><p>" + STORY + "</p>", "<p>" + STORY + "</p>".repeat(2) + "<p>" + "</p>".repeat(3000)};
    for (String h : html) {
      jsonl("html", "{\"html\":\"" + h + "\"}");
    }
  }

  private void strangeIds() throws IOException {
    for (String id : List.of("a/b", "a+b", "100%", "a?b#c", "..\\\\..\\\\etc", "../../etc/passwd", "\\u00fcml\\u00e4ut", " ", "x".repeat(5000),
        "<script>", "'; DROP TABLE articles; --")) {
      jsonl("id", "{\"id\":\"" + id + "\",\"text\":\"" + STORY + "\"}");
    }
    for (String url : List.of("javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd",
        "http://" + "x".repeat(10_000) + ".example", "http://example.org/a\\nb", "not a url")) {
      jsonl("url", "{\"url\":\"" + url + "\",\"text\":\"" + STORY + "\"}");
    }
  }

  private void plainFiles() throws IOException {
    byte[] garbage = new byte[4096];
    for (int i = 0; i < 6; i++) {
      random.nextBytes(garbage);
      file("binary", i % 2 == 0 ? "txt" : "html", garbage.clone());
    }
    file("empty", "txt", new byte[0]);
    file("bom-only", "txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    file("nul-filled", "txt", new byte[2048]);
    file("utf16", "txt", STORY.getBytes(StandardCharsets.UTF_16));
    file("over-limit", "txt", ("word ".repeat(bigBytes / 5 + 10)).getBytes(StandardCharsets.US_ASCII));
    file("one-long-line", "txt", ("x".repeat(bigBytes - 100)).getBytes(StandardCharsets.US_ASCII));
    file("paragraphs", "txt", ("P.\n\n".repeat(bigBytes / 5)).getBytes(StandardCharsets.US_ASCII));
    file("cr-only", "txt", (STORY + "\r" + STORY + "\r").getBytes(StandardCharsets.US_ASCII));
    file("ampersands", "html", ("<html><body><p>" + "&amp;".repeat(bigBytes / 6) + "</p></body></html>").getBytes(StandardCharsets.US_ASCII));
    file("nested", "html", ("<div>".repeat(20_000) + STORY).getBytes(StandardCharsets.US_ASCII));
    file("script-only", "html", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII));
    file("dated-name-2024-05-13", "txt", STORY.getBytes(StandardCharsets.US_ASCII));
    file("commas", "txt", ("a, ".repeat(bigBytes / 4)).getBytes(StandardCharsets.US_ASCII));
  }

  private void webArchives() throws IOException {
    byte[] page = ("<html><body><article><p>" + STORY + "</p></article></body></html>").getBytes(StandardCharsets.US_ASCII);
    byte[] whole = gzip(warcRecord("https://example.org/a", page));
    file("truncated", "warc.gz", java.util.Arrays.copyOf(whole, whole.length / 2));
    file("bomb", "warc.gz", gzip(warcRecord("https://example.org/bomb",
        ("<html><body><p>" + "a".repeat(bigBytes * 4) + "</p></body></html>").getBytes(StandardCharsets.US_ASCII))));
    file("not-a-warc", "warc", STORY.getBytes(StandardCharsets.US_ASCII));
    file("empty", "warc.gz", new byte[0]);
    file("garbage", "warc.gz", gzip(new byte[] {1, 2, 3, 4, 5}));
    file("bad-length", "warc", new String(warcRecord("https://example.org/b", page), StandardCharsets.ISO_8859_1)
        .replaceFirst("Content-Length: \\d+", "Content-Length: 99999999").getBytes(StandardCharsets.ISO_8859_1));
    file("no-html", "warc.gz", gzip(warcRecord("https://example.org/c", new byte[0])));
    byte[] randomBytes = new byte[2048];
    random.nextBytes(randomBytes);
    file("random", "warc.gz", randomBytes);
  }

  static byte[] warcRecord(String url, byte[] html) {
    byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + html.length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII), html);
    String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8))
        + ">\r\nWARC-Date: 2024-05-14T10:00:00Z\r\nWARC-Target-URI: " + url + "\r\nContent-Type: application/http; msgtype=response\r\n"
        + "Content-Length: " + http.length + "\r\n\r\n";
    return concat(concat(head.getBytes(StandardCharsets.US_ASCII), http), "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] gzip(byte[] data) throws IOException {
    var out = new ByteArrayOutputStream();
    try (var z = new GZIPOutputStream(out)) {
      z.write(data);
    }
    return out.toByteArray();
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
