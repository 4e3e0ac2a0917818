package org.parley.ingest.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.parley.ingest.warc.WarcArticles;
import org.parley.core.article.Article;
import org.parley.core.json.ExtractionJson;

/**
 * Reads articles from the inputs {@code parley extract} accepts: {@code .txt} and {@code .html}
 * files, folders of them, {@code .jsonl} files (one article per line) and standard input. Every
 * problem becomes a {@link ReadResult.Rejected} naming the input and line; reading goes on.
 */
public final class ArticleReader {
  private final ReadLimits limits;

  public ArticleReader() {
    this(ReadLimits.defaults());
  }

  public ArticleReader(ReadLimits limits) {
    this.limits = limits;
  }

  /** Reads one input path (or "-" for {@code stdin}) and hands each result to {@code sink}. */
  public void read(String input, InputStream stdin, Consumer<ReadResult> sink) {
    if (input.equals("-")) {
      readStdin(stdin, sink);
      return;
    }
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      readFolder(path, sink);
    } else if (!Files.exists(path)) {
      sink.accept(new ReadResult.Rejected(input, "no such file or folder"));
    } else {
      readFile(path, sink);
    }
  }

  private void readFolder(Path folder, Consumer<ReadResult> sink) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().toList();
    } catch (IOException e) {
      sink.accept(new ReadResult.Rejected(folder.toString(), "cannot list folder: " + e.getMessage()));
      return;
    }
    if (files.isEmpty()) {
      sink.accept(new ReadResult.Rejected(folder.toString(), "folder holds no .txt, .html, .jsonl or .warc files"));
    }
    files.forEach(f -> readFile(f, sink));
  }

  private static boolean isArticleFile(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".jsonl")
        || WarcArticles.isWarc(p);
  }

  private void readFile(Path file, Consumer<ReadResult> sink) {
    if (WarcArticles.isWarc(file)) {
      WarcArticles.read(file, sink, limits.maxRecordBytes());
      return;
    }
    String where = file.toString();
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl")) {
      // A JSON Lines file holds many articles and is read as a stream, a line at a time.
      try (InputStream in = Files.newInputStream(file)) {
        readJsonLines(where, in, sink);
      } catch (IOException e) {
        sink.accept(new ReadResult.Rejected(where, "cannot read: " + e.getMessage()));
      }
      return;
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > limits.maxRecordBytes()) {
        sink.accept(new ReadResult.Rejected(where, "file of " + size + " bytes is over the limit of " + limits.maxRecordBytes()
            + " bytes for one article; split it, or raise the limit"));
        return;
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      sink.accept(new ReadResult.Rejected(where, "cannot read: " + e.getMessage()));
      return;
    }
    String content;
    try {
      content = decode(withoutBom(bytes));
    } catch (CharacterCodingException e) {
      sink.accept(new ReadResult.Rejected(where, "not valid UTF-8 at byte " + firstBadByte(withoutBom(bytes))
          + "; save the file as UTF-8"));
      return;
    }
    boolean html = name.endsWith(".html") || name.endsWith(".htm");
    sink.accept(textArticle(where, content, html, FileNameDate.of(file.getFileName().toString())));
  }

  private void readStdin(InputStream stdin, Consumer<ReadResult> sink) {
    var in = new java.io.BufferedInputStream(stdin, 1 << 16);
    try {
      // JSON Lines are streamed; a single text or page is read whole, up to the file limit.
      if (startsWithBrace(in)) {
        readJsonLines("stdin", in, sink);
        return;
      }
      byte[] bytes = withoutBom(in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1)));
      if (bytes.length > limits.maxFileBytes()) {
        sink.accept(new ReadResult.Rejected("stdin", "more than " + limits.maxFileBytes() + " bytes; give a file instead"));
        return;
      }
      String content;
      try {
        content = decode(bytes);
      } catch (CharacterCodingException e) {
        sink.accept(new ReadResult.Rejected("stdin", "not valid UTF-8 at byte " + firstBadByte(bytes)));
        return;
      }
      sink.accept(textArticle("stdin", content, content.stripLeading().startsWith("<"), Optional.empty()));
    } catch (IOException e) {
      sink.accept(new ReadResult.Rejected("stdin", "cannot read: " + e.getMessage()));
    }
  }

  /** Whether the first character after a byte-order mark and white space is "{"; reads nothing. */
  private static boolean startsWithBrace(java.io.BufferedInputStream in) throws IOException {
    int peek = 1 << 16;
    in.mark(peek);
    try {
      for (int i = 0; i < peek; i++) {
        int b = in.read();
        if (b < 0) {
          return false;
        }
        if (b == 0xEF || b == 0xBB || b == 0xBF || Character.isWhitespace(b)) {
          continue;
        }
        return b == '{';
      }
      return false;
    } finally {
      in.reset();
    }
  }

  private ReadResult textArticle(String where, String content, boolean html, Optional<LocalDate> fileDate) {
    if (content.isBlank()) {
      return new ReadResult.Rejected(where, "empty article body");
    }
    return new ReadResult.Read(
        new Article(
            where,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            content,
            html,
            List.of(),
            fileDate));
  }

  /**
   * One article per line, each line on its own: a bad byte, a malformed or mistyped line is
   * reported with its number, and every other line is read. Lines are read one at a time, so the
   * file may be of any size; a line over the per-article limit is skipped to its end, unread.
   */
  private void readJsonLines(String where, InputStream stream, Consumer<ReadResult> sink) throws IOException {
    var in = stream instanceof java.io.BufferedInputStream b ? b : new java.io.BufferedInputStream(stream, 1 << 16);
    var line = new java.io.ByteArrayOutputStream();
    int lineNo = 0;
    int articles = 0;
    long length = 0;
    boolean first = true;
    while (true) {
      int b = in.read();
      if (b >= 0 && b != '\n') {
        length++;
        if (length <= limits.maxRecordBytes()) {
          line.write(b);
        }
        continue;
      }
      if (b < 0 && length == 0) {
        break;
      }
      lineNo++;
      byte[] bytes = line.toByteArray();
      if (first && hasBom(bytes)) {
        bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
      }
      first = false;
      line.reset();
      String at = where + " line " + lineNo;
      if (length > limits.maxRecordBytes()) {
        sink.accept(new ReadResult.Rejected(at, "line of " + length + " bytes is over the limit of "
            + limits.maxRecordBytes() + " for one article"));
        articles++;
      } else if (accept(at, bytes, sink)) {
        articles++;
      }
      length = 0;
      if (b < 0) {
        break;
      }
    }
    if (articles == 0) {
      sink.accept(new ReadResult.Rejected(where, "no articles in this file: every line is empty"));
    }
  }

  /** One line of JSON Lines to the sink; whether it held anything at all. */
  private boolean accept(String at, byte[] bytes, Consumer<ReadResult> sink) {
    String line;
    try {
      line = decode(bytes);
    } catch (CharacterCodingException e) {
      sink.accept(new ReadResult.Rejected(at, "not valid UTF-8 at byte " + firstBadByte(bytes) + " of the line"));
      return true;
    }
    if (line.isBlank()) {
      return false;
    }
    sink.accept(jsonArticle(at, line));
    return true;
  }

  /** A field of the wrong JSON type: the article is refused, not read as something else. */
  private static final class WrongType extends Exception {
    WrongType(String message) {
      super(message);
    }
  }

  /** One JSON Lines record: {@code text} or {@code html}, optional id, url, title, outlet, published. */
  public static ReadResult jsonArticle(String where, String line) {
    JsonNode node;
    try (var parser = ExtractionJson.mapper().createParser(line)) {
      node = ExtractionJson.mapper().readTree(parser);
      if (node == null) {
        return new ReadResult.Rejected(where, "no JSON object on this line");
      }
      if (parser.nextToken() != null) {
        return new ReadResult.Rejected(where, "more than one JSON value on this line; put one article per line");
      }
    } catch (JsonProcessingException e) {
      return new ReadResult.Rejected(where, "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      return new ReadResult.Rejected(where, "unreadable JSON: " + e.getMessage());
    }
    if (!node.isObject()) {
      return new ReadResult.Rejected(where, "expected a JSON object, found " + node.getNodeType());
    }
    try {
      Optional<String> text = string(node, "text");
      Optional<String> html = string(node, "html");
      if (text.isEmpty() && html.isEmpty()) {
        return new ReadResult.Rejected(where, "field `text` (or `html`) is missing or empty");
      }
      Optional<LocalDate> published;
      Optional<String> date = string(node, "published");
      try {
        published = date.map(ArticleReader::publishedDate);
      } catch (DateTimeParseException e) {
        return new ReadResult.Rejected(where, "field `published` is not an ISO date: " + date.get());
      }
      if (published.isPresent() && (published.get().getYear() < MIN_YEAR || published.get().getYear() > MAX_YEAR)) {
        return new ReadResult.Rejected(where, "field `published` is " + published.get() + ", outside the years " + MIN_YEAR
            + " to " + MAX_YEAR + " that news is dated in");
      }
      return new ReadResult.Read(
          new Article(
              where,
              idOf(node),
              string(node, "url"),
              string(node, "title"),
              string(node, "outlet"),
              published,
              text.orElseGet(html::get),
              text.isEmpty(),
              List.of()));
    } catch (WrongType e) {
      return new ReadResult.Rejected(where, e.getMessage());
    }
  }

  private static final int MIN_YEAR = 1800;
  private static final int MAX_YEAR = 2200;

  /** An id may be written as a number: 1017 is the id "1017". */
  private static Optional<String> idOf(JsonNode node) throws WrongType {
    JsonNode v = node.get("id");
    if (v != null && v.isIntegralNumber()) {
      return Optional.of(v.asText());
    }
    return string(node, "id");
  }

  private static Optional<String> string(JsonNode node, String name) throws WrongType {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw new WrongType("field `" + name + "` must be a string, not " + v.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    return Optional.of(v.asText()).filter(t -> !t.isBlank());
  }

  /** Accepts {@code 2023-06-19} and date-times such as {@code 2023-06-19T08:30:00Z}. */
  public static LocalDate publishedDate(String value) {
    String v = value.strip();
    return LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v);
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  private static byte[] withoutBom(byte[] b) {
    return hasBom(b) ? java.util.Arrays.copyOfRange(b, 3, b.length) : b;
  }

  /** Where strict decoding fails, counted from 1, for a message a person can act on. */
  static int firstBadByte(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    var out = java.nio.CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() + 1 : bytes.length;
  }

  /** Strict UTF-8: a bad byte is an error, never a silent replacement character. */
  static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
