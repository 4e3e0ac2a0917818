package org.parley.ingest.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * A response: {@code notModified} when a conditional request found nothing new.
 *
 * @param charset the charset the response declared, if any
 */
public record Fetched(URI uri, int status, byte[] body, Optional<String> contentType, Optional<Charset> charset,
    Optional<String> etag, Optional<String> lastModified) {

  public boolean notModified() {
    return status == 304;
  }
}
