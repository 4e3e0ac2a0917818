package org.parley.extract.dictionary;

import java.util.List;
import java.util.Optional;

/** An organisation Parley knows by name, with its country (none for international bodies). */
public record KnownOrganization(String name, List<String> aliases, Optional<String> country, String sector) {}
