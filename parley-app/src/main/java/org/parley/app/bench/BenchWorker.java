package org.parley.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.parley.core.article.Article;
import org.parley.nlp.NlpOptions;
import org.parley.nlp.peer.CoreNlpPeer;
import org.parley.pipeline.Pipeline;

/**
 * One measured run in its own JVM, so that load time, heap and resident memory belong to one system:
 * {@code BenchWorker parley|peer INPUT.jsonl ARTICLES THREADS}. INPUT holds cleaned texts with their
 * dates; it is cycled until ARTICLES have been processed. Prints one JSON {@link BenchResult}.
 */
public final class BenchWorker {
  /** Roughly what a Penn Treebank tokenizer counts: words, numbers, and each punctuation mark. */
  private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{N}'.-]*|\\p{N}[\\p{N}.,:/-]*|[^\\s\\p{L}\\p{N}]");
  private static final int WARMUP = 3;

  private BenchWorker() {}

  record Input(String text, LocalDate published) {}

  public static void main(String[] args) throws Exception {
    String system = args[0];
    List<Input> inputs = read(Path.of(args[1]));
    int articles = Integer.parseInt(args[2]);
    int threads = Integer.parseInt(args[3]);
    BenchResult result = system.equals("peer") ? peer(inputs, articles) : parley(inputs, articles, threads);
    System.out.println(new ObjectMapper().writeValueAsString(result));
  }

  private static BenchResult parley(List<Input> inputs, int articles, int threads) throws Exception {
    long started = System.nanoTime();
    Pipeline pipeline = Pipeline.standard(NlpOptions.defaults(), Optional.empty());
    long loadMs = (System.nanoTime() - started) / 1_000_000;
    for (int i = 0; i < WARMUP; i++) {
      Input in = inputs.get(i % inputs.size());
      pipeline.process(Article.ofText("warmup", in.text()).withPublished(in.published()), in.published());
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    var workCpu = new java.util.concurrent.atomic.AtomicLong();
    long tokens = 0;
    long cpuStart = processCpuMs();
    long wallStart = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      Input in = inputs.get(i % inputs.size());
      tokens += tokens(in.text());
      futures.add(pool.submit(() -> {
        long t = System.nanoTime();
        long cpu = threadCpuNanos();
        pipeline.process(Article.ofText("bench", in.text()).withPublished(in.published()), in.published());
        workCpu.addAndGet(threadCpuNanos() - cpu);
        latencies.add(System.nanoTime() - t);
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    long wallMs = (System.nanoTime() - wallStart) / 1_000_000;
    pool.shutdown();
    return result("parley", threads, loadMs, articles, tokens, wallMs, latencies, processCpuMs() - cpuStart,
        workCpu.get() / 1_000_000);
  }

  private static BenchResult peer(List<Input> inputs, int articles) {
    long started = System.nanoTime();
    CoreNlpPeer peer = new CoreNlpPeer();
    long loadMs = (System.nanoTime() - started) / 1_000_000;
    Input first = inputs.get(0);
    peer.annotate(first.text(), first.published());
    List<Long> latencies = new ArrayList<>();
    long tokens = 0;
    long cpuStart = processCpuMs();
    long wallStart = System.nanoTime();
    long workCpu = 0;
    for (int i = 0; i < articles; i++) {
      Input in = inputs.get(i % inputs.size());
      long t = System.nanoTime();
      long cpu = threadCpuNanos();
      tokens += peer.annotate(in.text(), in.published()).tokens();
      workCpu += threadCpuNanos() - cpu;
      latencies.add(System.nanoTime() - t);
    }
    long wallMs = (System.nanoTime() - wallStart) / 1_000_000;
    return result("peer", 1, loadMs, articles, tokens, wallMs, latencies, processCpuMs() - cpuStart,
        workCpu / 1_000_000);
  }

  /** CPU time of the calling thread: the extraction itself, without JIT compiler and GC threads. */
  private static long threadCpuNanos() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  /** CPU time of the whole process so far, all threads (JIT and GC included); -1 where unknown. */
  private static long processCpuMs() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() / 1_000_000 : -1;
  }

  private static BenchResult result(String system, int threads, long loadMs, int articles, long tokens, long wallMs,
      List<Long> latenciesNanos, long phaseCpuMs, long workCpuMs) {
    List<Long> sorted = new ArrayList<>(latenciesNanos);
    Collections.sort(sorted);
    double median = sorted.get(sorted.size() / 2) / 1e6;
    double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1)) / 1e6;
    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peakHeap += pool.getPeakUsage().getUsed();
      }
    }
    return new BenchResult(system, threads, loadMs, articles, tokens, wallMs, median, p95, peakHeap >> 20, peakRssMb(),
        Runtime.getRuntime().maxMemory() >> 20, processCpuMs(), phaseCpuMs, workCpuMs);
  }

  /** The JVM's peak resident set (VmHWM), where /proc exists. */
  private static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  static long tokens(String text) {
    return TOKEN.matcher(text).results().count();
  }

  private static List<Input> read(Path file) throws IOException {
    var mapper = new ObjectMapper();
    List<Input> inputs = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        JsonNode n = mapper.readTree(line);
        inputs.add(new Input(n.get("text").asText(), LocalDate.parse(n.get("published").asText())));
      }
    }
    return inputs;
  }
}
