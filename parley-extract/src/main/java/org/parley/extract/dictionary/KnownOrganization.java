package org.parley.extract.dictionary;

import java.util.List;
import java.util.Optional;

/**
 * An organisation Parley knows by name, with its country (none for international bodies) and, for
 * an international or non-state body, CAMEO's code for it after its sector ({@code UNO} in IGOUNO).
 */
public record KnownOrganization(String name, List<String> aliases, Optional<String> country, String sector,
    Optional<String> cameo) {}
