package org.parley.core.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.core.article.Dateline;

/** The extraction record for one article: the contract in spec/extraction-format.md. */
@JsonPropertyOrder({
  "id", "url", "title", "outlet", "published", "published_from", "language", "dateline", "text", "actors",
  "events", "quotes", "times", "places", "themes", "tone"
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
    @com.fasterxml.jackson.annotation.JsonProperty("published_from") Optional<PublishedFrom> publishedFrom) {

  public Extraction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    publishedFrom = publishedFrom == null ? Optional.empty() : publishedFrom;
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
        places, themes, tone, publishedFrom);
  }
}
