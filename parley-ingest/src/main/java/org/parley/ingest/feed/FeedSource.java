package org.parley.ingest.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.parley.core.article.Article;
import org.parley.core.error.BadInputException;
import org.parley.ingest.fetch.FetchException;
import org.parley.ingest.fetch.Fetched;
import org.parley.ingest.fetch.Fetcher;
import org.parley.ingest.source.ReadResult;

/**
 * A feed's new stories as articles: the feed is fetched (conditionally, when its last ETag or
 * Last-Modified is known), each entry's page is fetched and kept as HTML for the main-content
 * extractor; an entry whose page cannot be fetched falls back to the feed's own content when it
 * holds a story, and is otherwise reported and skipped.
 */
public final class FeedSource {
  private static final int MIN_FEED_CONTENT_WORDS = 80;

  private final Fetcher fetcher;
  private final FeedParser parser = new FeedParser();

  public FeedSource(Fetcher fetcher) {
    this.fetcher = fetcher;
  }

  /** What a poll found: the articles (and rejections), and the validators for the next poll. */
  public record Poll(List<ReadResult> items, boolean notModified, Optional<String> etag, Optional<String> lastModified, int status) {}

  /** @param known links already stored: their pages are not fetched again */
  public Poll poll(URI feedUrl, Optional<String> etag, Optional<String> lastModified, java.util.function.Predicate<String> known) {
    Fetched fetched;
    try {
      fetched = fetcher.get(feedUrl, etag, lastModified);
    } catch (FetchException e) {
      return new Poll(List.of(new ReadResult.Rejected(feedUrl.toString(), e.getMessage())), false, etag, lastModified,
          e.status());
    }
    if (fetched.notModified()) {
      return new Poll(List.of(), true, etag, lastModified, 304);
    }
    Feed feed;
    try {
      feed = parser.parse(feedUrl.toString(), fetched.body(), fetched.contentType());
    } catch (BadInputException e) {
      return new Poll(List.of(new ReadResult.Rejected(feedUrl.toString(), e.getMessage())), false, Optional.empty(),
          Optional.empty(), fetched.status());
    }
    List<ReadResult> items = new ArrayList<>();
    for (FeedItem item : feed.items()) {
      if (item.link().map(l -> known.test(feedUrl.resolve(l).toString())).orElse(false)) {
        continue;
      }
      items.add(article(feedUrl, feed, item));
    }
    return new Poll(items, false, fetched.etag(), fetched.lastModified(), fetched.status());
  }

  private ReadResult article(URI feedUrl, Feed feed, FeedItem item) {
    String where = item.link().orElse(feedUrl + " item " + item.title().orElse("(untitled)"));
    Optional<String> feedContent = item.content().filter(c -> Jsoup.parse(c).text().split("\\s+").length >= MIN_FEED_CONTENT_WORDS);
    if (item.link().isEmpty()) {
      return feedContent.<ReadResult>map(c -> new ReadResult.Read(article(where, item, feed, Optional.empty(), c)))
          .orElse(new ReadResult.Rejected(where, "feed entry with neither a link nor a story"));
    }
    try {
      URI link = feedUrl.resolve(item.link().get());
      Fetched page = fetcher.get(link);
      String html = decode(page);
      return new ReadResult.Read(article(where, item, feed, Optional.of(page.uri().toString()), html));
    } catch (FetchException | IllegalArgumentException e) {
      return feedContent.<ReadResult>map(c -> new ReadResult.Read(article(where, item, feed, item.link(), c)))
          .orElse(new ReadResult.Rejected(where, e.getMessage()));
    }
  }

  private static Article article(String where, FeedItem item, Feed feed, Optional<String> url, String html) {
    return new Article(where, Optional.empty(), url.or(item::link), item.title(), feed.title(), item.published(), html, true,
        List.of());
  }

  /** The page's text in the charset its header declares, else the one its markup declares, else UTF-8. */
  static String decode(Fetched page) {
    if (page.charset().isPresent()) {
      return new String(page.body(), page.charset().get());
    }
    try {
      // jsoup reads a <meta charset> or http-equiv declaration, and falls back to UTF-8.
      return Jsoup.parse(new java.io.ByteArrayInputStream(page.body()), null, page.uri().toString()).outerHtml();
    } catch (java.io.IOException e) {
      return new String(page.body(), StandardCharsets.UTF_8);
    }
  }
}
