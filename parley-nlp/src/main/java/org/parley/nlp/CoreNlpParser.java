package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.parley.core.error.ProcessingException;
import org.parley.core.text.Dependency;
import org.parley.core.text.DependencyParser;
import org.parley.core.text.DependencyRepairs;
import org.parley.core.text.HyphenatedVerbs;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.Parser;
import org.parley.core.text.Sentence;
import org.parley.core.text.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where Parley meets CoreNLP: builds the pipeline once and turns its annotations into
 * Parley's {@link ParsedDocument}. Thread-safe; share one instance per process.
 */
public final class CoreNlpParser implements Parser, DependencyParser {
  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpParser.class);

  private final StanfordCoreNLP pipeline;
  private final Optional<StanfordCoreNLP> dependencyParser;
  private final NlpOptions options;

  public CoreNlpParser(NlpOptions options) {
    this.options = options;
    long started = System.nanoTime();
    try {
      this.pipeline = new StanfordCoreNLP(properties(options));
      this.dependencyParser = options.dependencies()
          ? Optional.of(new StanfordCoreNLP(dependencyProperties()))
          : Optional.empty();
    } catch (RuntimeException e) {
      throw new ProcessingException("cannot load the CoreNLP models: " + e.getMessage(), e);
    }
    LOG.info("CoreNLP loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
  }

  private static Properties properties(NlpOptions options) {
    var props = new Properties();
    props.setProperty(
        "annotators", "tokenize,ssplit,pos,lemma,ner");
    // A blank line ends a sentence: headlines, captions and subheadings carry no full stop.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    // The 3-class CRF alone: the fine-grained gazetteer and SUTime cost ~80% of NER time, and
    // Parley resolves times and places itself from its own dictionaries.
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    props.setProperty("tokenize.options", "untokenizable=noneKeep");
    return props;
  }

  private static Properties dependencyProperties() {
    var props = new Properties();
    props.setProperty("annotators", "depparse");
    // The tokens, tags and lemmas come from Parley's own ParsedDocument, not from earlier annotators.
    props.setProperty("enforceRequirements", "false");
    return props;
  }

  public NlpOptions options() {
    return options;
  }

  @Override
  public ParsedDocument parse(String text, LocalDate documentDate) {
    var annotation = new Annotation(text);
    annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
    pipeline.annotate(annotation);
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      int first = tokens.size();
      int index = sentences.size();
      for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(
            new Token(
                tokens.size(),
                index,
                label.originalText(),
                label.beginPosition(),
                label.endPosition(),
                label.tag(),
                label.lemma() == null ? label.originalText() : label.lemma(),
                label.ner() == null ? "O" : label.ner()));
      }
      if (tokens.size() == first) {
        continue;
      }
      int last = tokens.size() - 1;
      sentences.add(
          new Sentence(
              index,
              tokens.get(first).start(),
              tokens.get(last).end(),
              first,
              last,
              dependencies(sentence, first)));
    }
    List<Token> joined = HyphenatedVerbs.join(text, tokens);
    return new ParsedDocument(text, documentDate, joined,
        joined.size() == tokens.size() ? sentences : renumbered(sentences, joined));
  }

  /** The sentences over tokens that were joined: the same spans, with first and last tokens found again. */
  private static List<Sentence> renumbered(List<Sentence> sentences, List<Token> tokens) {
    List<Sentence> out = new ArrayList<>(sentences.size());
    int first = 0;
    for (Sentence s : sentences) {
      int last = first;
      while (last + 1 < tokens.size() && tokens.get(last + 1).sentence() == s.index()) {
        last++;
      }
      out.add(new Sentence(s.index(), s.start(), s.end(), first, last, s.dependencies()));
      first = last + 1;
    }
    return out;
  }

  @Override
  public ParsedDocument withDependencies(ParsedDocument doc, Set<Integer> chosen) {
    if (dependencyParser.isEmpty() || chosen.isEmpty()) {
      return doc;
    }
    List<Sentence> wanted = doc.sentences().stream()
        .filter(s -> chosen.contains(s.index()) && s.dependencies().isEmpty())
        .toList();
    if (wanted.isEmpty()) {
      return doc;
    }
    List<CoreMap> maps = new ArrayList<>();
    for (Sentence sentence : wanted) {
      maps.add(coreMap(doc, sentence));
    }
    var annotation = new Annotation(doc.text());
    annotation.set(CoreAnnotations.SentencesAnnotation.class, maps);
    dependencyParser.get().annotate(annotation);
    List<Sentence> sentences = new ArrayList<>(doc.sentences());
    for (int i = 0; i < wanted.size(); i++) {
      Sentence s = wanted.get(i);
      sentences.set(s.index(), new Sentence(s.index(), s.start(), s.end(), s.first(), s.last(),
          DependencyRepairs.repair(doc.tokens(), dependencies(maps.get(i), s.first()))));
    }
    return new ParsedDocument(doc.text(), doc.date(), doc.tokens(), sentences);
  }

  /** Rebuilds CoreNLP's view of one sentence from Parley's tokens, for the dependency parser. */
  private static CoreMap coreMap(ParsedDocument doc, Sentence sentence) {
    List<CoreLabel> labels = new ArrayList<>();
    for (Token t : doc.tokensOf(sentence)) {
      var label = new CoreLabel();
      label.setWord(t.word());
      label.setValue(t.word());
      label.setOriginalText(t.word());
      label.setTag(t.pos());
      label.setLemma(t.lemma());
      label.setNER(t.ner());
      label.setBeginPosition(t.start());
      label.setEndPosition(t.end());
      label.setIndex(t.index() - sentence.first() + 1);
      label.setSentIndex(sentence.index());
      labels.add(label);
    }
    CoreMap map = new ArrayCoreMap();
    map.set(CoreAnnotations.TokensAnnotation.class, labels);
    map.set(CoreAnnotations.SentenceIndexAnnotation.class, sentence.index());
    map.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, sentence.start());
    map.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, sentence.end());
    return map;
  }

  private static List<Dependency> dependencies(CoreMap sentence, int first) {
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph == null) {
      return List.of();
    }
    List<Dependency> edges = new ArrayList<>();
    for (IndexedWord root : graph.getRoots()) {
      edges.add(new Dependency("root", -1, first + root.index() - 1));
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      edges.add(
          new Dependency(
              edge.getRelation().toString(),
              first + edge.getGovernor().index() - 1,
              first + edge.getDependent().index() - 1));
    }
    return edges;
  }
}
