package org.parley.core.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone or something that acts, speaks or is acted upon, with every mention of it. An
 * international or non-state body, and those who serve it, carry CAMEO's code for that body in
 * {@code organizationCode} ("UNO" for the United Nations) when the dictionaries give one.
 */
@JsonPropertyOrder({"id", "name", "kind", "country", "sector", "role", "code", "organization_code", "attribution", "mentions"})
public record Actor(
    String id,
    String name,
    ActorKind kind,
    Optional<String> country,
    Optional<String> sector,
    Optional<String> role,
    List<Mention> mentions,
    Attribution attribution,
    @JsonProperty("organization_code") Optional<String> organizationCode) {

  /** An actor with no international or non-state body's code. */
  public Actor(String id, String name, ActorKind kind, Optional<String> country, Optional<String> sector,
      Optional<String> role, List<Mention> mentions, Attribution attribution) {
    this(id, name, kind, country, sector, role, mentions, attribution, Optional.empty());
  }

  /** An actor whose attributes no rule explains (built by hand, or read from elsewhere). */
  public Actor(String id, String name, ActorKind kind, Optional<String> country, Optional<String> sector,
      Optional<String> role, List<Mention> mentions) {
    this(id, name, kind, country, sector, role, mentions, Attribution.NONE);
  }

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(role, "role");
    mentions = List.copyOf(mentions);
    // Records stored before actors carried their attribution read back without one.
    attribution = attribution == null ? Attribution.NONE : attribution;
    organizationCode = organizationCode == null ? Optional.empty() : organizationCode;
  }

  /**
   * The CAMEO actor code: country and sector joined ({@code USAGOV}), or whichever is known; an
   * international or non-state body's own code follows its sector ({@code IGOUNO}).
   */
  @JsonProperty("code")
  public Optional<String> code() {
    String joined = country.orElse("") + sector.orElse("") + (sector.isPresent() ? organizationCode.orElse("") : "");
    return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
  }
}
