package org.parley.app.ingest;

import java.util.List;

/**
 * What one ingestion added, updated (same id, new text), linked as a duplicate, rejected (and why) or failed on.
 *
 * @param notAnalysed how many of the added and updated articles were stored without analysis (not in English)
 */
public record IngestSummary(int added, int updated, int exactDuplicates, int nearDuplicates, int notAnalysed, List<String> rejected,
    List<String> failed, long elapsedMillis) {
  public IngestSummary {
    rejected = List.copyOf(rejected);
    failed = List.copyOf(failed);
  }

  public String describe() {
    return String.format(java.util.Locale.ROOT,
        "%d added%s, %d updated, %d exact duplicate(s) and %d near duplicate(s) linked to stored articles, %d rejected, %d failed"
            + " in %.1f s (%.2f articles/s)",
        added, notAnalysed == 0 ? "" : " (" + notAnalysed + " stored but not analysed: not in English)", updated, exactDuplicates,
        nearDuplicates, rejected.size(), failed.size(), elapsedMillis / 1000.0,
        elapsedMillis == 0 ? 0.0 : (added + updated) * 1000.0 / elapsedMillis);
  }
}
