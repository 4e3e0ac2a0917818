package org.parley.pipeline.ingest;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.pipeline.PreparedArticle;
import org.parley.store.SourceRef;

/**
 * An article prepared once for ingestion: its id (the input's, else its content id), its signature
 * and the source it was seen at.
 *
 * @param idGiven whether the input named the id, so that new text under it is an update
 */
public record Candidate(PreparedArticle prepared, String id, boolean idGiven, Signature signature, SourceRef source) {
  public static Candidate of(PreparedArticle prepared) {
    Signature signature = Signature.of(prepared.clean().text());
    var article = prepared.article();
    SourceRef source = new SourceRef(article.url().orElseGet(() -> where(article.origin())), article.outlet(), "exact");
    return new Candidate(prepared, article.id().orElse(signature.contentId()), article.id().isPresent(), signature, source);
  }

  /** The source as a copy of the given kind ("exact" or "near"). */
  public SourceRef sourceAs(String duplicate) {
    return new SourceRef(source.url(), source.outlet(), duplicate);
  }

  private static final Pattern ORIGIN = Pattern.compile("^(.*?)( (line|record) .*)?$");

  /**
   * Where a file's article came from, one way however the file was named: "wire.jsonl line 3" and
   * "/data/wire.jsonl line 3" are one source, not two.
   */
  static String where(String origin) {
    Matcher m = ORIGIN.matcher(origin);
    if (!m.matches() || origin.equals("stdin")) {
      return origin;
    }
    try {
      Path file = Path.of(m.group(1));
      if (!Files.exists(file)) {
        return origin;
      }
      return file.toRealPath().toString() + (m.group(2) == null ? "" : m.group(2));
    } catch (java.io.IOException | InvalidPathException e) {
      return origin;
    }
  }
}
