package org.parley.app.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One system's measurements in one worker JVM; {@code cpuMs} is the CPU time the whole worker
 * process used, model load included, on all its threads (JIT and GC too), and {@code phaseCpuMs}
 * the part of it spent on the measured articles, after load and warm-up; {@code workCpuMs} the CPU
 * time of the threads that extracted the measured articles, summed over articles (no JIT, no GC).
 */
public record BenchResult(
    String system,
    int threads,
    @JsonProperty("load_ms") long loadMs,
    int articles,
    long tokens,
    @JsonProperty("wall_ms") long wallMs,
    @JsonProperty("median_ms") double medianMs,
    @JsonProperty("p95_ms") double p95Ms,
    @JsonProperty("peak_heap_mb") long peakHeapMb,
    @JsonProperty("peak_rss_mb") long peakRssMb,
    @JsonProperty("max_heap_mb") long maxHeapMb,
    @JsonProperty("cpu_ms") long cpuMs,
    @JsonProperty("phase_cpu_ms") long phaseCpuMs,
    @JsonProperty("work_cpu_ms") long workCpuMs) {

  /** CPU per article on the extracting threads. */
  public double workCpuPerArticleMs() {
    return articles == 0 ? 0 : (double) workCpuMs / articles;
  }

  public double articlesPerSecond() {
    return wallMs == 0 ? 0 : articles * 1000.0 / wallMs;
  }
}
