package org.parley.app;

import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.parley.ingest.feed.FeedSource;
import org.parley.ingest.fetch.FetchPolicy;
import org.parley.ingest.fetch.Fetcher;
import org.parley.ingest.source.ArticleReader;
import org.parley.ingest.source.ReadResult;
import org.parley.store.FeedState;
import org.parley.store.Store;

/**
 * Reads every kind of source a command names: http(s) URLs are RSS or Atom feeds, polled with the
 * store's validators and the fetch policy; anything else is a file, folder, JSON Lines, WARC or stdin.
 */
final class Sources {
  private final FeedSource feeds;
  private final ArticleReader files;

  Sources(FetchPolicy policy) {
    this(policy, org.parley.ingest.source.ReadLimits.defaults());
  }

  Sources(FetchPolicy policy, org.parley.ingest.source.ReadLimits limits) {
    this.feeds = new FeedSource(new Fetcher(policy));
    this.files = new ArticleReader(limits);
  }

  static boolean isUrl(String input) {
    return input.startsWith("http://") || input.startsWith("https://");
  }

  /**
   * Refuses, before anything slow is loaded, a file or folder that is not there: a typing mistake
   * should cost a second, not the minute of loading the language models.
   */
  static void requireReadable(List<String> inputs) {
    for (String input : inputs) {
      if (isUrl(input) || input.equals("-")) {
        continue;
      }
      java.nio.file.Path path = java.nio.file.Path.of(input);
      if (!java.nio.file.Files.exists(path)) {
        throw new org.parley.core.error.BadInputException(input + ": no such file or folder; give a .jsonl, .txt, .html or "
            + ".warc(.gz) file, a folder of them, an http(s) feed URL, or - for standard input");
      }
      if (!java.nio.file.Files.isReadable(path)) {
        throw new org.parley.core.error.BadInputException(input + ": not readable by this account; check its permissions");
      }
    }
  }

  /** Every input's articles, in memory: for a feed round, whose items are few. */
  List<ReadResult> read(List<String> inputs, Store store, InputStream stdin, PrintWriter err) {
    List<ReadResult> items = new ArrayList<>();
    read(inputs, store, stdin, err, items::add);
    return items;
  }

  /** Every input's articles, handed to the sink one by one as they are read, so any input's size will do. */
  void read(List<String> inputs, Store store, InputStream stdin, PrintWriter err, Consumer<ReadResult> sink) {
    for (String input : inputs) {
      if (!isUrl(input)) {
        files.read(input, stdin, sink);
        continue;
      }
      Optional<FeedState> state = store.feed(input);
      var poll = feeds.poll(URI.create(input), state.flatMap(FeedState::etag), state.flatMap(FeedState::lastModified),
          store::knowsUrl);
      store.saveFeed(new FeedState(input, poll.etag(), poll.lastModified(), Optional.of(Instant.now()), Optional.of(poll.status())));
      err.printf("parley: feed %s: %s%n", input, poll.notModified() ? "not modified" : poll.items().size() + " new item(s)");
      err.flush();
      poll.items().forEach(sink);
    }
    err.flush();
  }
}
