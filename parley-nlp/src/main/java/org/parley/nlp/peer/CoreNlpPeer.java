package org.parley.nlp.peer;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The peer Parley is measured against: CoreNLP's full default pipeline with coreference and quote
 * attribution, as a Java user would configure it. Used by the benchmark and the quote comparison,
 * never by extraction.
 */
public final class CoreNlpPeer {
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private final StanfordCoreNLP pipeline;

  public CoreNlpPeer() {
    var props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    props.setProperty("quote.attributeQuotes", "true");
    this.pipeline = new StanfordCoreNLP(props);
  }

  public PeerResult annotate(String text, LocalDate documentDate) {
    var annotation = new Annotation(text);
    annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
    pipeline.annotate(annotation);
    List<PeerQuote> quotes = new ArrayList<>();
    List<CoreMap> found = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
    for (CoreMap quote : found == null ? List.<CoreMap>of() : found) {
      int start = quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      // The annotator's span includes the quotation marks.
      int innerStart = Math.min(end, start + 1);
      int innerEnd = Math.max(innerStart, end - 1);
      Optional<String> speaker = Optional.ofNullable(quote.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class))
          .or(() -> Optional.ofNullable(quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class)));
      quotes.add(new PeerQuote(text.substring(innerStart, innerEnd), innerStart, innerEnd, speaker));
    }
    int tokens = annotation.get(CoreAnnotations.TokensAnnotation.class).size();
    return new PeerResult(quotes, tokens);
  }
}
