package org.parley.ingest.warc;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.parley.core.article.Article;
import org.parley.ingest.source.ReadResult;

/**
 * The HTML pages of a WARC archive (plain or gzipped), through jwarc: each 200 response with an
 * HTML payload becomes an article with its target URL and capture date; other records are passed
 * over, and a damaged archive is reported where it breaks.
 */
public final class WarcArticles {
  private WarcArticles() {}

  public static boolean isWarc(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".warc") || name.endsWith(".warc.gz");
  }

  public static void read(Path file, Consumer<ReadResult> sink) {
    read(file, sink, org.parley.ingest.source.ReadLimits.DEFAULT_RECORD_BYTES);
  }

  /** @param maxBytes the most one page may unpack to; a larger one is reported and passed over */
  public static void read(Path file, Consumer<ReadResult> sink, long maxBytes) {
    int pages = 0;
    try (WarcReader reader = new WarcReader(file)) {
      for (WarcRecord record : reader) {
        if (!(record instanceof WarcResponse response)) {
          continue;
        }
        String where = file + " record " + response.id();
        HttpResponse http;
        try {
          http = response.http();
        } catch (IOException e) {
          sink.accept(new ReadResult.Rejected(where, "unreadable HTTP response: " + e.getMessage()));
          continue;
        }
        MediaType type = http.contentType();
        if (http.status() != 200 || !type.base().toString().equals("text/html")) {
          continue;
        }
        byte[] body = http.body().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
          sink.accept(new ReadResult.Rejected(where, "page unpacks to more than " + maxBytes + " bytes; passed over"));
          pages++;
          continue;
        }
        Charset charset = Optional.ofNullable(type.parameters().get("charset")).flatMap(WarcArticles::charset)
            .orElse(StandardCharsets.UTF_8);
        sink.accept(new ReadResult.Read(new Article(where, Optional.empty(), Optional.of(response.target()), Optional.empty(),
            Optional.empty(), Optional.empty(), new String(body, charset), true, List.of(),
            Optional.of(response.date().atZone(ZoneOffset.UTC).toLocalDate()))));
        pages++;
      }
    } catch (IOException | RuntimeException e) {
      sink.accept(new ReadResult.Rejected(file.toString(), "damaged WARC archive after " + pages + " page(s): " + reason(e)));
      return;
    }
    if (pages == 0) {
      sink.accept(new ReadResult.Rejected(file.toString(), "no HTML pages in this WARC archive"));
    }
  }

  /** What went wrong, in the words of the innermost cause, without Java's class names. */
  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null || message.isBlank() ? "it ends where a record should continue" : message;
  }

  private static Optional<Charset> charset(String name) {
    try {
      return Optional.of(Charset.forName(name));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
