package org.parley.extract.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.parley.core.text.Dependency;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.Sentence;
import org.parley.core.text.Token;
import org.parley.extract.syntax.Graph;
import org.parley.extract.syntax.ParseBudget;

/**
 * Reported speech read from the dependency parse: every verb of saying with a clausal complement
 * ("the minister said (that) CLAUSE", "CLAUSE, officials said", "X told reporters CLAUSE"), and
 * "according to X" with the clause it qualifies. Several in one sentence, and nested ones, are each
 * found. A cue inside quotation marks is part of someone's quoted words, not the story's report.
 */
final class ReportedSpeech {
  private static final int MIN_CONTENT_TOKENS = 3;

  /**
   * One report: the cue, the tokens naming who reports (empty when the parse gives no subject), and
   * the reported clause as a token range.
   */
  record Report(int cue, String cueText, Optional<Integer> speakerHead, int contentFirst, int contentLast) {}

  private final CueWords cues;

  ReportedSpeech(CueWords cues) {
    this.cues = cues;
  }

  /** The sentences that can hold reported speech: a clause-reporting cue or "according to". */
  Set<Integer> sentencesToParse(ParsedDocument doc) {
    Set<Integer> out = new LinkedHashSet<>();
    List<Token> tokens = doc.tokens();
    for (Sentence s : doc.sentences()) {
      if (s.size() > ParseBudget.MAX_TOKENS) {
        continue;
      }
      for (int i = s.first(); i <= s.last(); i++) {
        if (cues.reportsClause(tokens.get(i)) || cues.reportsAsNoun(tokens.get(i)) || isAccordingTo(tokens, i)) {
          out.add(s.index());
          break;
        }
      }
    }
    return out;
  }

  /** The reports in a parsed sentence; none when it has no dependency edges. */
  List<Report> find(ParsedDocument doc, Sentence sentence, List<QuoteSpan> quoted) {
    if (sentence.dependencies().isEmpty()) {
      return List.of();
    }
    List<Token> tokens = doc.tokens();
    Graph graph = new Graph(sentence);
    List<Report> out = new ArrayList<>();
    for (int i = sentence.first(); i <= sentence.last(); i++) {
      Token t = tokens.get(i);
      if (insideQuote(t, quoted)) {
        continue;
      }
      if (cues.reportsClause(t)) {
        clauseOf(doc, graph, sentence, i).ifPresent(out::add);
      }
      if (cues.reportsAsNoun(t)) {
        ofNoun(doc, graph, i).ifPresent(out::add);
      }
      for (Dependency d : graph.children(i)) {
        if (d.relation().equals("obl:according_to")) {
          accordingTo(doc, graph, sentence, d).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /** "X said (that) CLAUSE", with the clause before or after the cue. */
  private Optional<Report> clauseOf(ParsedDocument doc, Graph graph, Sentence sentence, int cue) {
    Optional<Report> aside = parenthetical(doc, sentence, cue);
    if (aside.isPresent()) {
      return aside;
    }
    // A clause with no subject of its own ("learned how to vote") reports nothing.
    List<Integer> complements = graph.children(cue, r -> Graph.base(r).equals("ccomp")).stream()
        .filter(c -> hasOwnSubject(graph, c, doc)).toList();
    Set<Integer> content = new HashSet<>();
    if (complements.isEmpty()) {
      // "told reporters the navy would sail": the parser leaves the clause as an unlabelled
      // dependent and takes its subject for the cue's object. "urged the council to act", "vowed
      // to retaliate": an infinitive, with the one it is asked of.
      complements = graph.children(cue, r -> r.equals("dep") || r.equals("xcomp")).stream()
          .filter(d -> d > cue && doc.tokens().get(d).isVerb()).toList();
      if (complements.isEmpty()) {
        complements = callFor(graph, cue, doc);
      }
      if (complements.isEmpty()) {
        return hostClause(doc, graph, cue);
      }
      for (int object : graph.children(cue, "obj")) {
        if (object > cue && object < complements.get(0)) {
          content.addAll(subtree(graph, object, Set.of(cue)));
        }
      }
    }
    // "A told reporters that X, and B said Y": a report coordinated to the clause is not part of it.
    Predicate<Dependency> otherReport = d -> Graph.base(d.relation()).equals("conj")
        && cues.reportsClause(doc.tokens().get(d.dependent())) && graph.hasChild(d.dependent(), "nsubj");
    for (int c : complements) {
      boolean coordinatedReport = graph.parents(c).stream().anyMatch(otherReport);
      if (!coordinatedReport) {
        content.addAll(subtree(graph, c, Set.of(cue), otherReport));
        if (graph.parents(c).stream().anyMatch(d -> d.governor() == cue && d.relation().startsWith("obl:"))) {
          content.removeAll(graph.children(c, "case")); // "called for X": X is what is called for
        }
      }
    }
    if (content.isEmpty()) {
      return Optional.empty();
    }
    int first = content.stream().min(Integer::compare).orElseThrow();
    int last = content.stream().max(Integer::compare).orElseThrow();
    // A clause on both sides of the cue is a misparse; keep the side that holds its head.
    int head = complements.get(0);
    if (first < cue && last > cue) {
      if (head < cue) {
        last = cue - 1;
      } else {
        first = cue + 1;
      }
    }
    return trimmed(doc, first, last).map(r -> new Report(cue, doc.tokens().get(cue).word(), subject(graph, cue),
        r[0], r[1]));
  }

  private static boolean hasOwnSubject(Graph graph, int clause, ParsedDocument doc) {
    boolean subject = graph.children(clause).stream()
        .anyMatch(d -> Graph.base(d.relation()).equals("nsubj") || d.relation().equals("expl")
            || Graph.base(d.relation()).equals("csubj"));
    boolean that = graph.children(clause, "mark").stream()
        .anyMatch(m -> Set.of("that", "whether", "if").contains(doc.tokens().get(m).word().toLowerCase(java.util.Locale.ROOT)));
    return subject || that || doc.tokens().get(clause).pos().equals("VBD") || doc.tokens().get(clause).pos().equals("VBZ");
  }

  /**
   * "The minister's claim that the dam was safe", "her plan to raise fuel taxes", "a warning from
   * the army that …": a noun of saying with its owner (a possessive, or "by"/"from") and the clause
   * or infinitive it governs.
   */
  private Optional<Report> ofNoun(ParsedDocument doc, Graph graph, int noun) {
    List<Token> tokens = doc.tokens();
    Optional<Integer> owner = graph.children(noun, r -> r.equals("nmod:poss") || r.equals("nmod:by") || r.equals("nmod:from"))
        .stream().findFirst();
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> clauses = graph.children(noun, r -> Graph.base(r).equals("acl") || Graph.base(r).equals("ccomp")).stream()
        .filter(c -> c > noun && hasOwnSubject(graph, c, doc)).toList();
    Set<Integer> content = new HashSet<>();
    if (!clauses.isEmpty()) {
      content.addAll(subtree(graph, clauses.get(0), Set.of(noun)));
    } else if (noun + 2 < tokens.size() && tokens.get(noun + 1).word().equalsIgnoreCase("to")
        && tokens.get(noun + 2).pos().equals("VB")) {
      content.addAll(subtree(graph, noun + 2, Set.of(noun)));
      content.add(noun + 1);
    }
    if (content.isEmpty() || content.stream().min(Integer::compare).orElseThrow() < noun) {
      return Optional.empty();
    }
    int first = content.stream().min(Integer::compare).orElseThrow();
    int last = content.stream().max(Integer::compare).orElseThrow();
    return trimmed(doc, first, last).map(r -> new Report(noun, tokens.get(noun).word(), owner, r[0], r[1]));
  }

  /** "called for an inquiry", "called on the army to withdraw": what is called for or on. */
  private static List<Integer> callFor(Graph graph, int cue, ParsedDocument doc) {
    if (!doc.tokens().get(cue).lemma().equalsIgnoreCase("call")) {
      return List.of();
    }
    return graph.children(cue, r -> r.equals("obl:for") || r.equals("obl:on")).stream().filter(d -> d > cue).toList();
  }

  /**
   * The parser hangs a cue with no clause of its own from the clause it reports: "The port, the
   * mayor said, will close" (parataxis), or misreads "X said praise from Y would not change Z" as a
   * clausal subject of the later verb. The reported clause is then the host's, without the cue's words.
   */
  private Optional<Report> hostClause(ParsedDocument doc, Graph graph, int cue) {
    Optional<Dependency> head = graph.head(cue);
    Optional<Integer> subject = subject(graph, cue);
    if (head.isEmpty() || subject.isEmpty()
        || !graph.children(cue, r -> Set.of("obj", "xcomp", "iobj").contains(Graph.base(r))).isEmpty()) {
      return Optional.empty();
    }
    String relation = Graph.base(head.get().relation());
    int host = head.get().governor();
    Set<Integer> own = subtree(graph, cue, Set.of());
    Set<Integer> clause = subtree(graph, host, Set.of(cue));
    clause.removeAll(own);
    if (clause.isEmpty()) {
      return Optional.empty();
    }
    int first = clause.stream().min(Integer::compare).orElseThrow();
    int last = clause.stream().max(Integer::compare).orElseThrow();
    if (relation.equals("csubj") && host > cue) {
      first = own.stream().max(Integer::compare).orElseThrow() + 1;
    } else if (!relation.equals("parataxis")) {
      return Optional.empty();
    }
    return trimmed(doc, first, last).map(r -> new Report(cue, doc.tokens().get(cue).word(), subject, r[0], r[1]));
  }

  /**
   * "The port, the mayor said, will close": a cue and its speaker set off by commas inside the
   * clause they report. Read from the words, as the parser often misattaches the speaker.
   */
  private Optional<Report> parenthetical(ParsedDocument doc, Sentence sentence, int cue) {
    List<Token> tokens = doc.tokens();
    if (cue + 1 >= sentence.last() || !tokens.get(cue + 1).word().equals(",")) {
      return Optional.empty();
    }
    int comma = cue - 1;
    while (comma > sentence.first() && isNounPhraseWord(tokens.get(comma))) {
      comma--;
    }
    if (comma == cue - 1 || comma <= sentence.first() || !tokens.get(comma).word().equals(",")) {
      return Optional.empty();
    }
    int speaker = cue - 1;
    return trimmed(doc, sentence.first(), sentence.last())
        .map(r -> new Report(cue, tokens.get(cue).word(), Optional.of(speaker), r[0], r[1]));
  }

  private static boolean isNounPhraseWord(Token t) {
    return t.isNoun() || t.pos().startsWith("JJ") || Set.of("DT", "CD", "POS", "PRP", "PRP$", "HYPH").contains(t.pos());
  }

  /** "According to X, CLAUSE" / "CLAUSE, according to X": the clause is all of its head but the phrase. */
  private Optional<Report> accordingTo(ParsedDocument doc, Graph graph, Sentence sentence, Dependency edge) {
    Set<Integer> phrase = subtree(graph, edge.dependent(), Set.of());
    int phraseFirst = phrase.stream().min(Integer::compare).orElseThrow();
    int phraseLast = phrase.stream().max(Integer::compare).orElseThrow();
    Set<Integer> clause = subtree(graph, edge.governor(), Set.of(edge.dependent()));
    clause.removeAll(phrase);
    int first = clause.stream().min(Integer::compare).orElse(edge.governor());
    int last = clause.stream().max(Integer::compare).orElse(edge.governor());
    if (phraseFirst <= first + 1) {
      first = Math.max(first, phraseLast + 1);
    } else if (phraseLast >= last - 1) {
      last = Math.min(last, phraseFirst - 1);
    }
    int cue = phraseFirst;
    return trimmed(doc, first, last).map(r -> new Report(cue, "according to", Optional.of(edge.dependent()), r[0], r[1]));
  }

  private static final int MAX_SPEAKER_TOKENS = 15;

  /**
   * The whole phrase a report's speaker is named by ("a review of court records", "proponents,
   * including the mayors' conference"), when it is short and lies apart from the reported clause.
   */
  Optional<int[]> speakerPhrase(ParsedDocument doc, Sentence sentence, Report report) {
    if (report.speakerHead().isEmpty() || sentence.dependencies().isEmpty()) {
      return Optional.empty();
    }
    Graph graph = new Graph(sentence);
    Set<Integer> phrase = subtree(graph, report.speakerHead().get(), Set.of(report.cue()));
    int first = phrase.stream().min(Integer::compare).orElseThrow();
    int last = phrase.stream().max(Integer::compare).orElseThrow();
    boolean apart = last < report.contentFirst() || first > report.contentLast();
    if (!apart || last - first + 1 > MAX_SPEAKER_TOKENS) {
      return Optional.empty();
    }
    return trimmed(doc, first, last, 1);
  }

  /** The cue's subject, or the subject of the verb it hangs from ("X denied it, adding that …"). */
  private Optional<Integer> subject(Graph graph, int cue) {
    int at = cue;
    for (int hops = 0; hops < 3; hops++) {
      List<Integer> subjects = graph.children(at, r -> Graph.base(r).equals("nsubj"));
      if (!subjects.isEmpty()) {
        return Optional.of(subjects.get(0));
      }
      Optional<Dependency> head = graph.head(at);
      if (head.isEmpty() || !Set.of("advcl", "conj", "xcomp").contains(Graph.base(head.get().relation()))) {
        return Optional.empty();
      }
      at = head.get().governor();
    }
    return Optional.empty();
  }

  private Optional<int[]> trimmed(ParsedDocument doc, int first, int last) {
    return trimmed(doc, first, last, MIN_CONTENT_TOKENS);
  }

  /** Leading "that", commas and dashes, and trailing punctuation off; empty when shorter than {@code least}. */
  private Optional<int[]> trimmed(ParsedDocument doc, int first, int last, int least) {
    List<Token> tokens = doc.tokens();
    int f = first;
    int l = last;
    while (f <= l && (isPunctuation(tokens.get(f)) || tokens.get(f).word().equalsIgnoreCase("that") && f < l
        && tokens.get(f).pos().equals("IN"))) {
      f++;
    }
    while (l >= f && isPunctuation(tokens.get(l))) {
      l--;
    }
    if (l - f + 1 < least) {
      return Optional.empty();
    }
    return Optional.of(new int[] {f, l});
  }

  private static boolean isPunctuation(Token t) {
    return Set.of(",", ".", ":", ";", "-", "--", "``", "''", "-LRB-", "-RRB-").contains(t.pos())
        || t.word().equals("\u2014") || t.word().equals("\u2013");
  }

  private static Set<Integer> subtree(Graph graph, int root, Set<Integer> stops) {
    return subtree(graph, root, stops, d -> false);
  }

  /** A token and all it governs in the basic tree, never crossing into {@code stops} or along {@code stopsAt}. */
  private static Set<Integer> subtree(Graph graph, int root, Set<Integer> stops, Predicate<Dependency> stopsAt) {
    Set<Integer> seen = new HashSet<>();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      int t = todo.pop();
      if (stops.contains(t) || !seen.add(t)) {
        continue;
      }
      for (Dependency d : graph.children(t)) {
        if (!d.relation().equals("ref") && !d.relation().endsWith(":xsubj") && !stopsAt.test(d)) {
          todo.push(d.dependent());
        }
      }
    }
    return seen;
  }

  private static boolean insideQuote(Token t, List<QuoteSpan> quoted) {
    return quoted.stream().anyMatch(q -> t.start() >= q.start() && t.end() <= q.end());
  }

  static boolean isAccordingTo(List<Token> tokens, int i) {
    return tokens.get(i).word().equalsIgnoreCase("according") && i + 1 < tokens.size()
        && tokens.get(i + 1).word().equalsIgnoreCase("to");
  }
}
