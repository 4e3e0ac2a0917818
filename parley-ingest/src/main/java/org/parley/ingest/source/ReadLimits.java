package org.parley.ingest.source;

/**
 * How much one input may hold before it is refused instead of read: a decompression bomb or a
 * runaway file costs a line in the report, never the memory the rest of the batch needs.
 *
 * @param maxRecordBytes one article's bytes, after decompression (a text or page file, a JSON
 *     line, a WARC record's body)
 * @param maxFileBytes standard input holding one text or page; JSON Lines, from a file or standard
 *     input, are read a line at a time and may be of any size
 */
public record ReadLimits(long maxRecordBytes, long maxFileBytes) {
  public static final long DEFAULT_RECORD_BYTES = 10L << 20;
  public static final long DEFAULT_FILE_BYTES = 1L << 30;

  public ReadLimits {
    if (maxRecordBytes < 1 || maxFileBytes < maxRecordBytes || maxFileBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("limits must be positive, a file's at least a record's, and below 2 GB");
    }
  }

  public static ReadLimits defaults() {
    return new ReadLimits(DEFAULT_RECORD_BYTES, DEFAULT_FILE_BYTES);
  }
}
