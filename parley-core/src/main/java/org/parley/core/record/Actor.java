package org.parley.core.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Someone or something that acts, speaks or is acted upon, with every mention of it. */
@JsonPropertyOrder({"id", "name", "kind", "country", "sector", "role", "code", "mentions"})
public record Actor(
    String id,
    String name,
    ActorKind kind,
    Optional<String> country,
    Optional<String> sector,
    Optional<String> role,
    List<Mention> mentions) {

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(role, "role");
    mentions = List.copyOf(mentions);
  }

  /** The CAMEO actor code: country and sector joined ({@code USAGOV}), or whichever is known. */
  @JsonProperty("code")
  public Optional<String> code() {
    String joined = country.orElse("") + sector.orElse("");
    return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
  }
}
