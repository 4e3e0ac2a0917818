package org.parley.extract.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.core.record.Actor;
import org.parley.core.record.ActorKind;
import org.parley.core.record.Attribution;
import org.parley.core.record.Mention;
import org.parley.extract.dictionary.KnownOrganization;

/** An actor while it is being resolved: attributes may still be filled in from context. */
final class Draft {
  String name;
  final ActorKind kind;
  Optional<String> country = Optional.empty();
  Optional<String> sector = Optional.empty();
  Optional<String> role = Optional.empty();
  /** The organisation a person speaks for or leads, when an appositive names one. */
  Optional<Draft> affiliation = Optional.empty();
  /**
   * The international or non-state body this actor is, or whose office or people it belongs to
   * ("UN envoy X"), with CAMEO's code for it when one is known.
   */
  Optional<Body> body = Optional.empty();

  /** A body's sector and CAMEO's code for it ("IGO", "UNO"). */
  record Body(String sector, Optional<String> code) {
    static Optional<Body> of(KnownOrganization organization) {
      return Optional.of(new Body(organization.sector(), organization.cameo()));
    }
  }
  /** The head noun of a description ("leader", "official"), for linking descriptions to names. */
  Optional<String> head = Optional.empty();
  /** A description that is an actor only if a later stage links it to one ("the president"). */
  boolean tentative;
  /** True when the sector came from the text itself rather than a default. */
  boolean sectorStated;
  /** True when the text says the actor is of many states or of another ("foreign governments"): no context gives it one. */
  boolean stateless;
  /**
   * The rules that gave the country and the sector (see {@link Attribution}); set only together
   * with them, by {@link #country(Optional, String)}, {@link #sector(Optional, String)} and absorb.
   */
  Optional<String> countryRule = Optional.empty();
  Optional<String> sectorRule = Optional.empty();
  final List<Mention> mentions = new ArrayList<>();
  final Set<String> aliases = new HashSet<>();

  Draft(String name, ActorKind kind) {
    this.name = name;
    this.kind = kind;
  }

  /** Sets the country, and the rule that gave it when there is one. */
  void country(Optional<String> value, String rule) {
    country = value;
    countryRule = value.isPresent() ? Optional.of(rule) : Optional.empty();
  }

  void sector(Optional<String> value, String rule) {
    sector = value;
    sectorRule = value.isPresent() ? Optional.of(rule) : Optional.empty();
  }

  int firstStart() {
    return mentions.stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
  }

  /** Where this actor was last mentioned before {@code offset}, or -1. */
  int lastMentionBefore(int offset) {
    return mentions.stream().mapToInt(Mention::start).filter(s -> s < offset).max().orElse(-1);
  }

  void mention(Mention m) {
    for (Mention existing : mentions) {
      if (existing.start() < m.end() && m.start() < existing.end()) {
        return;
      }
    }
    mentions.add(m);
  }

  List<String> nameWords() {
    return List.of(name.toLowerCase(Locale.ROOT).split("\\s+"));
  }

  void absorb(Draft other) {
    other.mentions.forEach(this::mention);
    aliases.addAll(other.aliases);
    if (country.isEmpty() && !stateless) {
      country = other.country;
      countryRule = other.countryRule;
    }
    if (sector.isEmpty() || (!sectorStated && other.sectorStated)) {
      sector = other.sector;
      sectorRule = other.sectorRule;
      sectorStated = other.sectorStated;
    }
    if (role.isEmpty()) {
      role = other.role;
    }
    if (body.isEmpty()) {
      body = other.body;
    }
  }

  Actor toActor(String id) {
    var sorted = new ArrayList<>(mentions);
    sorted.sort(java.util.Comparator.comparingInt(Mention::start));
    // The body's code holds only while the actor keeps the body's sector: a party leader who is
    // coded as government is no longer described by the party's code.
    Optional<String> organizationCode = body.filter(b -> sector.equals(Optional.of(b.sector())))
        .flatMap(Body::code);
    return new Actor(id, name, kind, country, sector, role, sorted, new Attribution(countryRule, sectorRule),
        organizationCode);
  }
}
