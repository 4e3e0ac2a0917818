package org.parley.extract.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.core.record.Extraction;
import org.parley.core.record.Quote;
import org.parley.core.record.QuoteKind;

/**
 * Joins the quotes of one utterance into one quote, as attribution corpora annotate them (PARC,
 * PolNeAR): '"…," she said, "…"' is one relation whose content runs from the first quoted word to
 * the last. The joined quote keeps the first quote's id, speaker and cue; its text is the record's
 * text over that span, attribution included.
 */
public final class Utterances {
  private Utterances() {}

  public static Extraction joined(Extraction record) {
    Map<String, Quote> byId = new HashMap<>();
    Map<String, Quote> heads = new HashMap<>();
    List<Quote> order = new ArrayList<>();
    for (Quote q : record.quotes()) {
      byId.put(q.id(), q);
      String head = head(q, byId);
      Quote sofar = heads.get(head);
      if (sofar == null) {
        heads.put(head, q);
        order.add(q);
        continue;
      }
      int start = Math.min(sofar.start(), q.start());
      int end = Math.max(sofar.end(), q.end());
      QuoteKind kind = sofar.kind() == QuoteKind.DIRECT || q.kind() == QuoteKind.DIRECT ? QuoteKind.DIRECT : sofar.kind();
      Quote joined = new Quote(sofar.id(), kind, record.text().substring(start, end), start, end, sofar.speaker(),
          sofar.speakerText(), sofar.cue(), Optional.empty());
      order.set(order.indexOf(sofar), joined);
      heads.put(head, joined);
    }
    return record.withQuotes(order);
  }

  private static String head(Quote q, Map<String, Quote> byId) {
    Quote at = q;
    for (int hops = 0; at.continues().isPresent() && byId.containsKey(at.continues().get()) && hops < 1000; hops++) {
      at = byId.get(at.continues().get());
    }
    return at.id();
  }
}
