package org.parley.ingest.feed;

import java.time.LocalDate;
import java.util.Optional;

/** One entry of an RSS or Atom feed: where the story is, and what the feed says of it. */
public record FeedItem(Optional<String> link, Optional<String> title, Optional<LocalDate> published, Optional<String> content) {}
