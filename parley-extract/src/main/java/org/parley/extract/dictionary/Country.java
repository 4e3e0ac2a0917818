package org.parley.extract.dictionary;

import java.util.Optional;

/** A country or territory: ISO alpha-3 code, common English name, capital and a central point. */
public record Country(String iso3, String name, Optional<String> capital, double lat, double lon) {}
