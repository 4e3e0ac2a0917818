package org.parley.pipeline.ingest;

/** What ingestion does with an article, decided before it is extracted. */
public sealed interface Verdict {
  /** A text not seen before: extract it and store it. */
  record Fresh() implements Verdict {}

  /** A known article id with new text (a story updated at its source): extract it and replace the stored one. */
  record Update() implements Verdict {}

  /**
   * A copy of an article already taken: only its source is added, to {@code canonical}.
   *
   * @param duplicate "exact" (the same cleaned text) or "near" (MinHash similarity at or above the threshold)
   */
  record Copy(String canonical, String duplicate) implements Verdict {}
}
