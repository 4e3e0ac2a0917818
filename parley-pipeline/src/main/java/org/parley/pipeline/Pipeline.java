package org.parley.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import org.parley.core.article.Article;
import org.parley.core.article.CleanText;
import org.parley.core.error.BadInputException;
import org.parley.core.error.ProcessingException;
import org.parley.core.record.Extraction;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.DependencyParser;
import org.parley.core.text.Parser;
import org.parley.extract.Extractor;
import org.parley.extract.Findings;
import org.parley.ingest.language.Languages;
import org.parley.nlp.CoreNlpParser;
import org.parley.nlp.NlpOptions;

/**
 * Clean → NLP → extract for one article at a time. Built once per process (it loads the models and
 * dictionaries); {@link #process} is thread-safe.
 */
public final class Pipeline {
  private final ArticlePreparer preparer = new ArticlePreparer();
  private final Parser parser;
  private final DependencyParser dependencies;
  private final Extractor extractor;

  public Pipeline(Parser parser, DependencyParser dependencies, Extractor extractor) {
    this.parser = parser;
    this.dependencies = dependencies;
    this.extractor = extractor;
  }

  /** The standard pipeline: CoreNLP with the given options and the bundled (plus user) dictionaries. */
  public static Pipeline standard(NlpOptions options, Optional<Path> userDictionary) {
    var coreNlp = new CoreNlpParser(options);
    return new Pipeline(coreNlp, coreNlp, Extractor.load(userDictionary));
  }

  /**
   * Processes one article. Articles with no publication date anywhere fall back to {@code fallback}.
   *
   * Articles not in English come back with their text and metadata only ({@link Extraction#analysed()} false).
   *
   * @throws BadInputException when the article has no text once cleaned or is too long
   */
  public Extraction process(Article article, LocalDate fallback) {
    return process(preparer.prepare(article, fallback));
  }

  /** Processes an article already prepared (cleaned and dated), as ingestion does once per article. */
  public Extraction process(PreparedArticle prepared) {
    Article article = prepared.article();
    CleanText clean = prepared.clean();
    if (!prepared.english()) {
      return Extraction.notAnalysed(article.id().orElseGet(() -> contentId(clean.text())), prepared.url(), prepared.title(),
          prepared.outlet(), prepared.page().author(), Optional.of(prepared.published().toString()), prepared.language(),
          clean.text(), Optional.of(prepared.publishedFrom()), notAnalysedReason(prepared.language()));
    }
    Findings f;
    try {
      ParsedDocument doc = parser.parse(clean.text(), prepared.published());
      f = extractor.extract(doc, clean.dateline(), dependencies);
    } catch (BadInputException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ProcessingException(article.origin() + ": extraction failed: " + e.getMessage(), e);
    }
    return new Extraction(
        article.id().orElseGet(() -> contentId(clean.text())),
        prepared.url(),
        prepared.title(),
        prepared.outlet(),
        Optional.of(prepared.published().toString()),
        prepared.language(),
        clean.dateline(),
        clean.text(),
        f.actors(),
        f.events(),
        f.quotes(),
        f.times(),
        f.places(),
        f.themes(),
        f.tone(),
        Optional.of(prepared.publishedFrom()),
        Optional.empty(),
        prepared.page().author());
  }

  /** Why an article was stored without analysis, in one line for the summary and the web page. */
  static String notAnalysedReason(String language) {
    return (language.equals(Languages.UNDETERMINED) ? "language not determined" : "written in " + language)
        + "; Parley analyses English text only";
  }

  /** A stable id for a cleaned text: the first 16 hex digits of its SHA-256. */
  public static String contentId(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
