package org.parley.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.parley.core.error.BadInputException;

/**
 * RSS 0.9x–2.0 and Atom through Rome. Document type declarations are refused (no external entities,
 * no entity expansion), and the encoding is read the way XML says: BOM, declaration, then HTTP header.
 */
public final class FeedParser {
  public Feed parse(String where, byte[] xml, Optional<String> contentType) {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    SyndFeed feed;
    try (var reader = new XmlReader(new ByteArrayInputStream(xml), contentType.orElse(null), true)) {
      feed = input.build(reader);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new BadInputException(where + ": not a readable RSS or Atom feed: " + e.getMessage(), e);
    }
    List<FeedItem> items = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      Optional<String> content = e.getContents().stream().map(SyndContent::getValue).filter(v -> v != null && !v.isBlank())
          .findFirst().or(() -> Optional.ofNullable(e.getDescription()).map(SyndContent::getValue));
      items.add(new FeedItem(Optional.ofNullable(e.getLink()).filter(l -> !l.isBlank()),
          Optional.ofNullable(e.getTitle()).map(String::strip), date(e.getPublishedDate()).or(() -> date(e.getUpdatedDate())),
          content));
    }
    return new Feed(Optional.ofNullable(feed.getTitle()).map(String::strip).filter(t -> !t.isEmpty()), items);
  }

  private static Optional<LocalDate> date(Date d) {
    return Optional.ofNullable(d).map(x -> x.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
  }
}
