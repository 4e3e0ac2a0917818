package org.parley.store;

import java.util.Optional;
import org.parley.core.record.Location;

/** One stored event with its article, evidence and, when known, where it happened. */
public record EventRow(
    String articleId,
    String eventId,
    String cameo,
    String plover,
    Optional<String> sourceName,
    Optional<String> targetName,
    Optional<String> sourceCode,
    Optional<String> targetCode,
    String modality,
    Optional<String> date,
    double goldstein,
    int quadClass,
    String evidence,
    String pattern,
    Optional<String> published,
    Optional<String> url,
    Optional<Location> place) {}
