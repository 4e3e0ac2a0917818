package org.parley.app.ingest;

import java.util.List;

/** What one ingestion added, updated (same id, new text), linked as a duplicate, rejected (and why) or failed on. */
public record IngestSummary(int added, int updated, int exactDuplicates, int nearDuplicates, List<String> rejected, List<String> failed,
    long elapsedMillis) {
  public IngestSummary {
    rejected = List.copyOf(rejected);
    failed = List.copyOf(failed);
  }

  public String describe() {
    return String.format(java.util.Locale.ROOT,
        "%d added, %d updated, %d exact duplicate(s) and %d near duplicate(s) linked to stored articles, %d rejected, %d failed"
            + " in %.1f s (%.2f articles/s)",
        added, updated, exactDuplicates, nearDuplicates, rejected.size(), failed.size(), elapsedMillis / 1000.0,
        elapsedMillis == 0 ? 0.0 : (added + updated) * 1000.0 / elapsedMillis);
  }
}
