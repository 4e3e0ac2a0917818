package org.parley.store;

import java.util.Optional;

/** An actor as the store knows it across articles: one row per name and code. */
public record ActorRow(String name, String kind, Optional<String> country, Optional<String> sector, Optional<String> code,
    long articles) {}
