package org.parley.core.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;

/** Where an event happened. */
@JsonPropertyOrder({"name", "country", "lat", "lon"})
public record Location(String name, Optional<String> country, double lat, double lon) {}
