package org.parley.nlp.peer;

import java.util.List;

/** What the peer pipeline produced for one article. */
public record PeerResult(List<PeerQuote> quotes, int tokens) {
  public PeerResult {
    quotes = List.copyOf(quotes);
  }
}
