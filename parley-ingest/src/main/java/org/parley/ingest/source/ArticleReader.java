package org.parley.ingest.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
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
      WarcArticles.read(file, sink);
      return;
    }
    String where = file.toString();
    String content;
    try {
      content = decode(Files.readAllBytes(file));
    } catch (MalformedInputException e) {
      sink.accept(new ReadResult.Rejected(where, "not valid UTF-8 (" + e.getMessage() + ")"));
      return;
    } catch (IOException e) {
      sink.accept(new ReadResult.Rejected(where, "cannot read: " + e.getMessage()));
      return;
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl")) {
      readJsonLines(where, content, sink);
    } else {
      boolean html = name.endsWith(".html") || name.endsWith(".htm");
      sink.accept(textArticle(where, content, html, FileNameDate.of(file.getFileName().toString())));
    }
  }

  private void readStdin(InputStream stdin, Consumer<ReadResult> sink) {
    String content;
    try {
      content = decode(stdin.readAllBytes());
    } catch (MalformedInputException e) {
      sink.accept(new ReadResult.Rejected("stdin", "not valid UTF-8 (" + e.getMessage() + ")"));
      return;
    } catch (IOException e) {
      sink.accept(new ReadResult.Rejected("stdin", "cannot read: " + e.getMessage()));
      return;
    }
    if (content.stripLeading().startsWith("{")) {
      readJsonLines("stdin", content, sink);
    } else {
      boolean html = content.stripLeading().startsWith("<");
      sink.accept(textArticle("stdin", content, html, Optional.empty()));
    }
  }

  private static ReadResult textArticle(String where, String content, boolean html, Optional<LocalDate> fileDate) {
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

  private void readJsonLines(String where, String content, Consumer<ReadResult> sink) {
    int lineNo = 0;
    for (String line : content.split("\n", -1)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      sink.accept(jsonArticle(where + " line " + lineNo, line));
    }
  }

  /** One JSON Lines record: {@code text} or {@code html}, optional id, url, title, outlet, published. */
  public static ReadResult jsonArticle(String where, String line) {
    JsonNode node;
    try {
      node = ExtractionJson.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      return new ReadResult.Rejected(where, "malformed JSON: " + e.getOriginalMessage());
    }
    if (!node.isObject()) {
      return new ReadResult.Rejected(where, "expected a JSON object, found " + node.getNodeType());
    }
    Optional<String> text = field(node, "text");
    Optional<String> html = field(node, "html");
    if (text.isEmpty() && html.isEmpty()) {
      return new ReadResult.Rejected(where, "field `text` (or `html`) is missing or empty");
    }
    Optional<LocalDate> published;
    try {
      published = field(node, "published").map(ArticleReader::publishedDate);
    } catch (DateTimeParseException e) {
      return new ReadResult.Rejected(
          where, "field `published` is not an ISO date: " + node.get("published").asText());
    }
    return new ReadResult.Read(
        new Article(
            where,
            field(node, "id"),
            field(node, "url"),
            field(node, "title"),
            field(node, "outlet"),
            published,
            text.orElseGet(html::get),
            text.isEmpty(),
            List.of()));
  }

  /** Accepts {@code 2023-06-19} and date-times such as {@code 2023-06-19T08:30:00Z}. */
  public static LocalDate publishedDate(String value) {
    String v = value.strip();
    return LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v);
  }

  private static Optional<String> field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank()
        ? Optional.empty()
        : Optional.of(v.asText());
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
