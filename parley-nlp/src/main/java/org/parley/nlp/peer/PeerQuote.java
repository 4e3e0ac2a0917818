package org.parley.nlp.peer;

import java.util.Optional;

/** A quotation as CoreNLP's quote annotator reports it, marks stripped, with its attributed speaker. */
public record PeerQuote(String text, int start, int end, Optional<String> speaker) {}
