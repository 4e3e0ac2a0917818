package org.parley.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parley.core.article.Article;
import org.parley.core.error.BadInputException;
import org.parley.core.json.ExtractionJson;
import org.parley.core.record.Extraction;
import org.parley.eval.AttributionScorer;
import org.parley.eval.AttributionSet;
import org.parley.eval.CodedSentence;
import org.parley.eval.Evaluation;
import org.parley.eval.SentenceScorer;
import org.parley.eval.SentenceSets;
import org.parley.extract.quotes.Utterances;
import org.parley.nlp.NlpOptions;
import org.parley.pipeline.Pipeline;
import org.parley.eval.GoldSet;
import org.parley.eval.RecordSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley eval GOLD_DIR RECORDS}: measures extraction records against gold annotations. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
        "Scores extraction records against gold annotations.",
        "A folder of gold articles (the format in docs/GOLD-FORMAT.md) scores actors, quotes and speakers, times, places, "
            + "and events (lenient and strict).",
        "GOLD may also be an event-coding test set: PETRARCH-2's validation XML (root, code and actor triples) or PLOVER's "
            + "gold records JSON (type and triple, also with PLOVER 2016 type names). For those, RECORDS may be left out: "
            + "Parley then extracts every gold sentence itself.",
        "GOLD may also be an attribution corpus in BRAT standoff laid out as PolNeAR is (text/NAME.txt, "
            + "attributions/NAME_ANNOTATOR.ann): quotes and speakers, direct and all attributions. Without RECORDS, "
            + "Parley extracts every article and scores one quote per quoted stretch and one per utterance."
    })
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GOLD",
      description = "Folder of NAME.gold.json files, a PETRARCH-2 (.xml) or PLOVER (.json) gold set, or a BRAT "
          + "attribution folder (text/, attributions/).")
  Path goldDir;

  @Parameters(index = "1", paramLabel = "RECORDS", arity = "0..1",
      description = "JSON Lines of extraction records, or a folder of them.")
  Path records;

  @Option(names = "--threads", description = "Threads for extracting a sentence set (default: the cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--json", description = "Print the scores as one JSON object.")
  boolean json;

  @Option(names = "--verbose", description = "Explain every miss, article by article.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!java.nio.file.Files.exists(goldDir)) {
      throw new BadInputException(goldDir + ": no such file or folder; GOLD is a folder of NAME.gold.json files, "
          + "a PETRARCH-2 validation .xml or a PLOVER gold .json");
    }
    if (records != null && !java.nio.file.Files.exists(records)) {
      throw new BadInputException(records + ": no such file or folder; RECORDS is a JSON Lines file of extraction records "
          + "(from 'parley extract') or a folder of them");
    }
    if (AttributionSet.isAttributionSet(goldDir)) {
      return attributions(out);
    }
    var kind = SentenceSets.kindOf(goldDir);
    if (kind.isPresent()) {
      var sentences = SentenceSets.load(goldDir, kind.get());
      List<JsonNode> recordSet = records != null ? RecordSet.load(records) : extract(sentences);
      var result = SentenceScorer.score(kind.get(), sentences, recordSet);
      if (verbose) {
        result.misses().forEach(out::println);
      }
      print(out, result.scores());
      result.table().forEach(out::println);
      result.bands().forEach(out::println);
      out.println(result.summary());
      out.flush();
      return ExitCodes.OK;
    }
    if (records == null) {
      throw new BadInputException(goldDir + ": a folder of gold articles needs RECORDS to score; "
          + "only a PETRARCH-2 (.xml) or PLOVER (.json) sentence set can be extracted by eval itself");
    }
    var result = Evaluation.run(GoldSet.load(goldDir), RecordSet.load(records));
    if (verbose) {
      result.explanations().forEach((doc, lines) -> {
        out.println("# " + doc);
        lines.forEach(out::println);
      });
    }
    print(out, result.scores());
    out.println(result.summary());
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * An attribution corpus (PolNeAR's BRAT layout). Given records are scored as they are; otherwise
   * every article is extracted and scored twice, one quote per quoted stretch and one per utterance.
   */
  private int attributions(PrintWriter out) throws Exception {
    var articles = AttributionSet.load(goldDir);
    if (records != null) {
      var result = AttributionScorer.score(articles, RecordSet.load(records));
      print(out, result.scores());
      out.println(result.summary());
      out.flush();
      return ExitCodes.OK;
    }
    List<Extraction> extracted = extractArticles(articles);
    ObjectMapper mapper = new ObjectMapper();
    for (boolean utterances : new boolean[] {false, true}) {
      List<JsonNode> recordSet = new ArrayList<>();
      for (Extraction e : extracted) {
        recordSet.add(mapper.readTree(ExtractionJson.toLine(utterances ? Utterances.joined(e) : e)));
      }
      var result = AttributionScorer.score(articles, recordSet);
      out.println(utterances ? "# one quote per utterance (extract --quote-unit utterances)" : "# one quote per quoted stretch");
      print(out, result.scores());
      out.println(result.summary());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private List<Extraction> extractArticles(List<AttributionSet.Article> articles) throws Exception {
    List<Article> inputs = new ArrayList<>();
    for (var a : articles) {
      LocalDate published = a.published().map(LocalDate::parse).orElse(LocalDate.of(2000, 1, 5));
      // The records keep the corpus's article names, which the scorer pairs them by.
      inputs.add(new Article(a.id(), Optional.of(a.id()), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.of(published), a.text(), false, List.of()));
    }
    return extractAll(inputs, "articles");
  }

  private void print(PrintWriter out, Map<String, Number> scores) throws Exception {
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(scores));
    } else {
      scores.forEach((k, v) -> out.println(v instanceof Double d
          ? String.format(Locale.ROOT, "%-26s %.3f", k, d)
          : String.format(Locale.ROOT, "%-26s %s", k, v)));
    }
  }

  /** Every gold sentence through the standard pipeline, as the records a user would have written. */
  private List<JsonNode> extract(List<CodedSentence> sentences) throws Exception {
    List<Article> inputs = new ArrayList<>();
    for (CodedSentence s : sentences) {
      inputs.add(Article.ofText(s.id(), s.text()).withPublished(SentenceSets.publishedOr(s, LocalDate.of(2000, 1, 5))));
    }
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    for (Extraction e : extractAll(inputs, "sentences")) {
      out.add(mapper.readTree(ExtractionJson.toLine(e)));
    }
    return out;
  }

  /**
   * Articles through the standard pipeline, in parallel. One the pipeline rejects (an empty text)
   * is left out: it scores as having found nothing.
   */
  private List<Extraction> extractAll(List<Article> articles, String what) throws Exception {
    var err = spec.commandLine().getErr();
    err.printf("parley eval: extracting %d %s%n", articles.size(), what);
    err.flush();
    Pipeline pipeline = Pipeline.standard(NlpOptions.defaults(), Optional.empty());
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), Threads.named("parley-eval"));
    try {
      List<Future<Extraction>> futures = new ArrayList<>();
      for (Article article : articles) {
        LocalDate published = article.published().orElse(LocalDate.of(2000, 1, 5));
        futures.add(pool.submit(() -> pipeline.process(article, published)));
      }
      List<Extraction> out = new ArrayList<>();
      for (var f : futures) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof BadInputException)) {
            throw e;
          }
        }
      }
      return out;
    } finally {
      pool.shutdown();
    }
  }
}
