package org.parley.ingest.feed;

import java.util.List;
import java.util.Optional;

/** A parsed feed: its title (the outlet) and entries. */
public record Feed(Optional<String> title, List<FeedItem> items) {
  public Feed {
    items = List.copyOf(items);
  }
}
