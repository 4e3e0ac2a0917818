package org.parley.core.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.core.article.Dateline;

/**
 * The extraction record for one article: the contract in spec/extraction-format.md.
 *
 * @param notAnalysed why the English analysis did not run (an article in another language), if it did not
 * @param byline the author the page names: byline metadata, never an actor
 */
@JsonPropertyOrder({
  "id", "url", "title", "outlet", "byline", "published", "published_from", "language", "dateline", "text", "actors",
  "events", "quotes", "times", "places", "themes", "tone", "not_analysed"
})
public record Extraction(
    String id,
    Optional<String> url,
    Optional<String> title,
    Optional<String> outlet,
    Optional<String> published,
    String language,
    Optional<Dateline> dateline,
    String text,
    List<Actor> actors,
    List<Event> events,
    List<Quote> quotes,
    List<TimeMention> times,
    List<Place> places,
    List<Theme> themes,
    Tone tone,
    @com.fasterxml.jackson.annotation.JsonProperty("published_from") Optional<PublishedFrom> publishedFrom,
    @com.fasterxml.jackson.annotation.JsonProperty("not_analysed") Optional<String> notAnalysed,
    Optional<String> byline) {

  /** An analysed article's record. */
  public Extraction(String id, Optional<String> url, Optional<String> title, Optional<String> outlet, Optional<String> published,
      String language, Optional<Dateline> dateline, String text, List<Actor> actors, List<Event> events, List<Quote> quotes,
      List<TimeMention> times, List<Place> places, List<Theme> themes, Tone tone, Optional<PublishedFrom> publishedFrom) {
    this(id, url, title, outlet, published, language, dateline, text, actors, events, quotes, times, places, themes, tone,
        publishedFrom, Optional.empty(), Optional.empty());
  }

  /**
   * The record of an article stored but not analysed: its text and metadata, nothing extracted.
   *
   * @param why one line for users ("written in pt; Parley analyses English text")
   */
  public static Extraction notAnalysed(String id, Optional<String> url, Optional<String> title, Optional<String> outlet,
      Optional<String> byline, Optional<String> published, String language, String text, Optional<PublishedFrom> publishedFrom,
      String why) {
    return new Extraction(id, url, title, outlet, published, language, Optional.empty(), text, List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), new Tone(0, 0, 0), publishedFrom, Optional.of(why), byline);
  }

  /** Whether the English analysis ran on the article (false for articles stored in other languages). */
  public boolean analysed() {
    return notAnalysed.isEmpty();
  }

  @com.fasterxml.jackson.annotation.JsonCreator
  public Extraction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    publishedFrom = publishedFrom == null ? Optional.empty() : publishedFrom;
    notAnalysed = notAnalysed == null ? Optional.empty() : notAnalysed;
    byline = byline == null ? Optional.empty() : byline;
    actors = List.copyOf(actors);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    times = List.copyOf(times);
    places = List.copyOf(places);
    themes = List.copyOf(themes);
  }

  /** The same record with other quotes. */
  public Extraction withQuotes(List<Quote> other) {
    return new Extraction(id, url, title, outlet, published, language, dateline, text, actors, events, other, times,
        places, themes, tone, publishedFrom, notAnalysed, byline);
  }
}
