package org.parley.store;

import java.time.Instant;
import java.util.Optional;

/** What Parley knows of a feed from its last fetch, for conditional GET. */
public record FeedState(String url, Optional<String> etag, Optional<String> lastModified, Optional<Instant> lastFetched,
    Optional<Integer> lastStatus) {}
