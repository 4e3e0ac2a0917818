package org.parley.extract.quotes;

import java.util.List;
import org.parley.core.record.Actor;
import org.parley.core.record.Quote;

/** A document's quotes, and its actors as the quotes' attribution left them. */
public record QuoteFindings(List<Quote> quotes, List<Actor> actors) {
  public QuoteFindings {
    quotes = List.copyOf(quotes);
    actors = List.copyOf(actors);
  }
}
