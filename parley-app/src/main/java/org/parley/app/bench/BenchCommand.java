package org.parley.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.parley.core.article.Article;
import org.parley.core.error.BadInputException;
import org.parley.ingest.source.ArticleReader;
import org.parley.ingest.source.ReadResult;
import org.parley.pipeline.ArticlePreparer;
import org.parley.pipeline.PreparedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parley bench}: Parley's speed and memory on real articles, on one thread and on all cores,
 * beside CoreNLP's full pipeline with quote attribution on the same cleaned texts. Each run is a
 * separate JVM so that load time and memory belong to one system.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    subcommands = BenchStoreCommand.class,
    description = {
        "Measures Parley's speed and memory, and the CoreNLP peer's, and prints a Markdown table.",
        "Model load time, articles/s, median and p95 ms per article, peak heap and resident memory, for Parley on 1 thread "
            + "and on all cores and for the CoreNLP peer (" + org.parley.nlp.peer.CoreNlpPeer.ANNOTATORS
            + ", quote.attributeQuotes=true), each in its own JVM, over ../shared/corpus (when present) and the bundled samples."
    })
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "INPUT", description = "Articles to measure on (as for `parley extract`); default: ../shared/corpus and samples/.")
  List<String> corpus = new ArrayList<>();

  @Option(names = "--articles", description = "Articles per Parley run, cycling through the corpus; rounded up to whole passes (default: ${DEFAULT-VALUE}).")
  int articles = 120;

  @Option(names = "--peer-articles", description = "Articles for the peer run (default: one pass over the corpus, the same articles Parley cycles through); 0 skips the peer.")
  int peerArticles = -1;

  @Option(names = "--heap", description = "Parley's maximum heap (default: ${DEFAULT-VALUE}).")
  String heap = "2g";

  @Option(names = "--peer-heap", description = "The peer's maximum heap (default: ${DEFAULT-VALUE}).")
  String peerHeap = "7g";

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<PreparedArticle> prepared = prepare(corpus.isEmpty() ? defaultCorpus() : corpus, err);
    if (prepared.isEmpty()) {
      throw new BadInputException("bench: no articles to measure on (pass --corpus)");
    }
    Path input = Files.createTempFile("parley-bench", ".jsonl");
    var mapper = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    long tokens = 0;
    for (PreparedArticle p : prepared) {
      lines.add(mapper.writeValueAsString(Map.of("text", p.clean().text(), "published", p.published().toString())));
      tokens += BenchWorker.tokens(p.clean().text());
    }
    Files.write(input, lines);
    int cores = Runtime.getRuntime().availableProcessors();
    err.printf("parley bench: %d distinct articles, %d tokens (≈%d per article); %d cores%n",
        prepared.size(), tokens, tokens / prepared.size(), cores);
    err.flush();
    // Whole passes over the corpus, so that Parley and the peer see the same mix of articles.
    int parleyArticles = (int) Math.ceil((double) articles / prepared.size()) * prepared.size();
    int peerCount = peerArticles < 0 ? prepared.size() : peerArticles;
    List<BenchResult> results = new ArrayList<>();
    results.add(run("parley", input, parleyArticles, 1, heap, err));
    if (cores > 1) {
      results.add(run("parley", input, parleyArticles, cores, heap, err));
    }
    Optional<BenchResult> peer = peerCount > 0
        ? Optional.of(run("peer", input, peerCount, 1, peerHeap, err)) : Optional.empty();
    peer.ifPresent(results::add);
    // The same systems on twice the articles: the difference in process CPU is what one more
    // article costs, with model load, warm-up and JIT compilation cancelled out.
    Optional<String> marginal = Optional.empty();
    if (peer.isPresent()) {
      BenchResult parleyTwice = run("parley", input, 2 * parleyArticles, 1, heap, err);
      BenchResult peerTwice = run("peer", input, 2 * peerCount, 1, peerHeap, err);
      double parleyMs = marginalCpuMs(results.get(0), parleyTwice);
      double peerMs = marginalCpuMs(peer.get(), peerTwice);
      // The extracting thread's own CPU over both runs of each system: it leaves out JIT and GC
      // threads, so it varies far less from run to run than the process difference above.
      double parleyWork = (double) (results.get(0).workCpuMs() + parleyTwice.workCpuMs())
          / (results.get(0).articles() + parleyTwice.articles());
      double peerWork = (double) (peer.get().workCpuMs() + peerTwice.workCpuMs())
          / (peer.get().articles() + peerTwice.articles());
      marginal = Optional.of(String.format(Locale.ROOT,
          "Marginal CPU per article (process CPU while extracting %d vs %d articles for Parley, %d vs %d for the "
              + "peer; model load excluded): Parley %.0f ms, peer %.0f ms: the peer needs %.1fx Parley's CPU per article%n"
              + "CPU per article on the extracting thread (both runs, no JIT or GC threads): Parley %.0f ms, "
              + "peer %.0f ms: the peer needs %.1fx",
          parleyArticles, 2 * parleyArticles, peerCount, 2 * peerCount, parleyMs, peerMs, peerMs / parleyMs,
          parleyWork, peerWork, peerWork / parleyWork));
    }
    Files.deleteIfExists(input);
    print(out, prepared.size(), tokens, cores, results, peer);
    marginal.ifPresent(m -> out.printf("%n%s%n", m));
    out.flush();
    return 0;
  }

  /**
   * What one more article costs in CPU: the difference between the measured phases of two runs, so
   * that the noisy CPU of loading the models (seconds of JIT and GC) stays out of it.
   */
  private static double marginalCpuMs(BenchResult fewer, BenchResult more) {
    return (double) (more.phaseCpuMs() - fewer.phaseCpuMs()) / (more.articles() - fewer.articles());
  }

  private BenchResult run(String system, Path input, int count, int threads, String maxHeap, PrintWriter err)
      throws IOException, InterruptedException {
    err.printf("parley bench: %s, %d article(s), %d thread(s), -Xmx%s ...%n", system, count, threads, maxHeap);
    err.flush();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx" + maxHeap, "-Dfile.encoding=UTF-8", "-cp",
        System.getProperty("java.class.path"), BenchWorker.class.getName(), system, input.toString(),
        Integer.toString(count), Integer.toString(threads))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    String output = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IllegalStateException("bench worker for " + system + " failed (exit " + p.exitValue() + ")");
    }
    String last = output.strip().lines().reduce((a, b) -> b).orElseThrow();
    return new ObjectMapper().readValue(last, BenchResult.class);
  }

  private static void print(PrintWriter out, int distinct, long tokens, int cores, List<BenchResult> results,
      Optional<BenchResult> peer) {
    out.printf(Locale.ROOT, "Corpus: %d distinct articles, %d tokens (about %d per article); %d cores; Java %s%n%n",
        distinct, tokens, tokens / distinct, cores, System.getProperty("java.version"));
    out.println("| system | threads | articles | load s | articles/s | median ms | p95 ms | peak heap MB | max heap MB | peak RSS MB |");
    out.println("|---|---|---|---|---|---|---|---|---|---|");
    for (BenchResult r : results) {
      out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.2f | %.0f | %.0f | %d | %d | %d |%n",
          r.system().equals("peer") ? "CoreNLP peer" : "Parley", r.threads(), r.articles(), r.loadMs() / 1000.0,
          r.articlesPerSecond(), r.medianMs(), r.p95Ms(), r.peakHeapMb(), r.maxHeapMb(), r.peakRssMb());
    }
    peer.ifPresent(p -> {
      BenchResult one = results.get(0);
      out.printf(Locale.ROOT, "%nParley/peer, one thread: %.1fx articles/s, %.2fx peak RSS, %.2fx load time%n",
          one.articlesPerSecond() / p.articlesPerSecond(), (double) one.peakRssMb() / p.peakRssMb(),
          (double) one.loadMs() / p.loadMs());
    });
  }

  private static List<String> defaultCorpus() {
    List<String> inputs = new ArrayList<>();
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path shared = dir.resolveSibling("shared").resolve("corpus");
      if (Files.isDirectory(shared)) {
        inputs.add(shared.toString()); // the folder's .txt files and extra/articles.jsonl
        break;
      }
    }
    if (Files.isRegularFile(Path.of("samples", "articles.jsonl"))) {
      inputs.add(Path.of("samples", "articles.jsonl").toString());
    }
    return inputs;
  }

  private static List<PreparedArticle> prepare(List<String> inputs, PrintWriter err) throws IOException {
    List<ReadResult> items = new ArrayList<>();
    var reader = new ArticleReader();
    inputs.forEach(i -> reader.read(i, System.in, items::add));
    var preparer = new ArticlePreparer();
    List<PreparedArticle> prepared = new ArrayList<>();
    for (ReadResult item : items) {
      if (item instanceof ReadResult.Read read) {
        try {
          Article a = read.article();
          prepared.add(preparer.prepareEnglish(a, goldDate(a).orElse(LocalDate.of(2024, 1, 1))));
        } catch (BadInputException e) {
          err.println("parley bench: skipped " + e.getMessage());
        }
      }
    }
    return prepared;
  }

  /** A corpus file's publication date from the gold annotation beside it, when there is one. */
  private static Optional<LocalDate> goldDate(Article a) throws IOException {
    Path origin = Path.of(a.origin().replaceAll(" line \\d+$", ""));
    Path gold = origin.toAbsolutePath().getParent().resolveSibling("gold")
        .resolve(origin.getFileName().toString().replaceAll("\\.txt$", ".gold.json"));
    if (!Files.isRegularFile(gold)) {
      return Optional.empty();
    }
    JsonNode node = new ObjectMapper().readTree(gold.toFile());
    return Optional.ofNullable(node.get("published")).map(n -> LocalDate.parse(n.asText()));
  }

}
