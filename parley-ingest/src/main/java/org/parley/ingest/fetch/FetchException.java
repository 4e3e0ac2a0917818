package org.parley.ingest.fetch;

/** A fetch that did not give a usable response; the message says which URL and why. */
public final class FetchException extends Exception {
  private final int status;

  public FetchException(String message, int status) {
    super(message);
    this.status = status;
  }

  public FetchException(String message, Throwable cause) {
    super(message, cause);
    this.status = -1;
  }

  /** The HTTP status when there was one, else -1. */
  public int status() {
    return status;
  }
}
