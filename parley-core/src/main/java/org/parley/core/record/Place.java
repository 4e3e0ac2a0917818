package org.parley.core.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A place named in the text, geocoded: the spec's {@code places[]}. */
@JsonPropertyOrder({"name", "kind", "country", "lat", "lon", "mentions"})
public record Place(
    String name,
    PlaceKind kind,
    Optional<String> country,
    Optional<Double> lat,
    Optional<Double> lon,
    List<Mention> mentions) {

  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    mentions = List.copyOf(mentions);
  }
}
