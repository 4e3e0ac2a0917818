package org.parley.extract.events;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.core.record.TimeMention;
import org.parley.core.text.Dependency;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.Sentence;
import org.parley.core.time.TimeValue;
import org.parley.extract.syntax.Graph;

/**
 * When an event happened: the date expression in the event's own clause; for a reported fact
 * without one, the date the story last gave within a few sentences (not inside parentheses, which
 * hold conversions such as "9 p.m. Tuesday GMT"). Never the publication date.
 */
final class EventDater {
  /** Relations that open another clause, whose times belong to another event. */
  private static final Set<String> CLAUSE_BOUNDARIES = Set.of(
      "ccomp", "xcomp", "advcl", "acl", "parataxis", "csubj", "ref", "nsubj", "conj", "list", "dep");
  private static final int CONTEXT_SENTENCES = 5;

  private final ParsedDocument doc;
  private final List<TimeMention> times;
  private final int[] timeHeads;
  private final Boolean[] backgroundTimes;
  private final List<Dated> eventDates = new java.util.ArrayList<>();

  EventDater(ParsedDocument doc, List<TimeMention> times) {
    this.doc = doc;
    this.times = times;
    this.timeHeads = new int[times.size()];
    this.backgroundTimes = new Boolean[times.size()];
    for (int i = 0; i < times.size(); i++) {
      timeHeads[i] = Math.min(doc.tokenIndexAt(times.get(i).start()), doc.tokens().size() - 1);
    }
  }

  /** The tokens of the clause around {@code roots}, not descending into other clauses. */
  static Set<Integer> clause(Graph graph, List<Integer> roots) {
    Set<Integer> seen = new HashSet<>(roots);
    var queue = new ArrayDeque<>(roots);
    while (!queue.isEmpty()) {
      int node = queue.poll();
      for (Dependency d : graph.children(node)) {
        if (CLAUSE_BOUNDARIES.contains(Graph.base(d.relation()))) {
          continue;
        }
        if (seen.add(d.dependent())) {
          queue.add(d.dependent());
        }
      }
    }
    return seen;
  }

  /** The date in the clause, if it names one. */
  Optional<Dated> inClause(Set<Integer> clause) {
    return first(clause::contains);
  }

  /**
   * A date between the subject and its verb ("Iran on Tuesday denied"), which the parser often
   * attaches to the subject.
   */
  Optional<Dated> between(Graph graph, int subject, int verb, int trigger) {
    return first(head -> head > subject && head < verb && ownVerb(graph, head, trigger));
  }

  /**
   * "Last May, troops shelled the town and rebels seized the road": a date that opens the sentence,
   * set off by a comma, dates every main clause the sentence joins, not only the first.
   */
  Optional<Dated> fronted(Graph graph, int trigger) {
    if (!mainClause(graph, trigger)) {
      return Optional.empty();
    }
    int first = doc.sentences().get(doc.tokens().get(trigger).sentence()).first();
    for (int i = 0; i < times.size(); i++) {
      int start = doc.tokenIndexAt(times.get(i).start());
      int end = doc.tokenIndexAt(times.get(i).end() - 1) + 1;
      boolean opens = start == first || start == first + 1 && doc.tokens().get(first).pos().equals("IN");
      if (opens && end < doc.tokens().size() && doc.tokens().get(end).word().equals(",") && end < trigger) {
        int head = timeHeads[i];
        return first(h -> h == head);
      }
    }
    return Optional.empty();
  }

  /** Whether the verb is the sentence's root or a clause joined to it by "and" (conjuncts all the way up). */
  private static boolean mainClause(Graph graph, int verb) {
    int node = verb;
    for (int step = 0; step < 6; step++) {
      var head = graph.head(node);
      if (head.isEmpty() || head.get().governor() < 0) {
        return true;
      }
      if (!Graph.base(head.get().relation()).equals("conj")) {
        return false;
      }
      node = head.get().governor();
    }
    return false;
  }

  /**
   * Whether the first verb above a date is the trigger, one that governs it or its complement: in "Chad, which
   * signed the pact in 2019, said ... and demanded", the date is the signing's, not the demand's.
   */
  private boolean ownVerb(Graph graph, int token, int trigger) {
    int node = token;
    for (int step = 0; step < 10; step++) {
      var head = graph.head(node);
      if (head.isEmpty() || head.get().governor() < 0) {
        return true;
      }
      node = head.get().governor();
      if (doc.tokens().get(node).isVerb()) {
        // "X on Monday said A and demanded B" dates both; in "called for a strike on Friday and
        // threatened a boycott" the date follows the first verb and is that verb's own.
        boolean sibling = node != trigger && token > node && throughConjunct(graph, node, trigger);
        return !sibling && governs(graph, node, trigger) || complementOf(graph, node, trigger);
      }
    }
    return true;
  }

  /** "declined on Thursday to comment", "agreed to expand links on Wednesday": the trigger's own complement. */
  private static boolean complementOf(Graph graph, int verb, int trigger) {
    int node = verb;
    for (int step = 0; step < 4; step++) {
      var head = graph.head(node).filter(h -> h.relation().equals("xcomp") || h.relation().equals("advcl:to"));
      if (head.isEmpty()) {
        return false;
      }
      node = head.get().governor();
      if (node == trigger) {
        return true;
      }
    }
    return false;
  }

  /** Whether the way up from {@code trigger} to {@code verb} passes a conjunct's link. */
  private static boolean throughConjunct(Graph graph, int verb, int trigger) {
    int node = trigger;
    for (int step = 0; step < 10 && node != verb; step++) {
      var head = graph.head(node);
      if (head.isEmpty() || head.get().governor() < 0) {
        return false;
      }
      if (Graph.base(head.get().relation()).equals("conj")) {
        return true;
      }
      node = head.get().governor();
    }
    return false;
  }

  private static boolean governs(Graph graph, int verb, int trigger) {
    int node = trigger;
    for (int step = 0; step < 10; step++) {
      if (node == verb) {
        return true;
      }
      var head = graph.head(node);
      if (head.isEmpty() || head.get().governor() < 0) {
        return false;
      }
      node = head.get().governor();
    }
    return false;
  }

  /** The first date expression, in text order, whose head token passes {@code where}. */
  private Optional<Dated> first(java.util.function.IntPredicate where) {
    for (int i = 0; i < times.size(); i++) {
      if (where.test(timeHeads[i]) && !spanEdge(times.get(i))) {
        Optional<TimeValue> date = asDate(times.get(i).value());
        if (date.isPresent()) {
          return Optional.of(new Dated(date.get(), times.get(i)));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Remembers a date stated in an event's own clause: a later sentence that gives none and goes
   * back to that sentence for one takes the event's date, not a date the sentence's background
   * mentioned ("agreed on Tuesday to reopen crossings closed since raids last year. The agreement
   * was signed ...": Tuesday).
   */
  void statedForEvent(Dated dated) {
    eventDates.add(dated);
  }

  /**
   * The last date the story gave before {@code sentence}, within a few sentences; in a sentence
   * where an event's own clause stated a date, that date.
   */
  Optional<Dated> fromContext(Sentence sentence) {
    for (int i = times.size() - 1; i >= 0; i--) {
      TimeMention t = times.get(i);
      if (t.start() >= sentence.start()) {
        continue;
      }
      int distance = sentence.index() - doc.tokens().get(timeHeads[i]).sentence();
      if (distance > CONTEXT_SENTENCES) {
        break;
      }
      int at = doc.tokens().get(timeHeads[i]).sentence();
      Optional<Dated> events = eventDates.stream().filter(d -> doc.sentenceAt(d.mention().start()).index() == at)
          .reduce((first, second) -> second);
      if (events.isPresent() && !after(events.get().value(), doc.date())) {
        return events;
      }
      Optional<TimeValue> date = asDate(t.value());
      // A reported fact happened by publication: "pending a trial Thursday" dates nothing before it.
      if (date.isPresent() && !parenthesised(t) && !spanEdge(t) && !after(date.get(), doc.date())
          && !background(i)) {
        return Optional.of(new Dated(date.get(), t));
      }
    }
    return Optional.empty();
  }

  /** Whether time {@code i} is background ({@link #describesANoun}), read once per time. */
  private boolean background(int i) {
    if (backgroundTimes[i] == null) {
      backgroundTimes[i] = describesANoun(timeHeads[i]);
    }
    return backgroundTimes[i];
  }

  /**
   * "an accord the two states signed in 2019": a date in a clause that describes a noun is that
   * clause's background, which later sentences do not go back to.
   */
  private boolean describesANoun(int token) {
    Graph graph = new Graph(doc.sentences().get(doc.tokens().get(token).sentence()));
    int node = token;
    for (int step = 0; step < 10; step++) {
      var head = graph.head(node);
      if (head.isEmpty() || head.get().governor() < 0) {
        return false;
      }
      String relation = Graph.base(head.get().relation());
      int governor = head.get().governor();
      if (relation.equals("acl") || relation.equals("dep") && doc.tokens().get(node).isVerb()
          && (doc.tokens().get(governor).isNoun() || followsANoun(graph, node))) {
        return true;
      }
      node = governor;
    }
    return false;
  }

  /** "an accord the two states signed": a clause with its own subject right after a noun. */
  private boolean followsANoun(Graph graph, int verb) {
    for (int subject : graph.children(verb, "nsubj")) {
      int first = subject;
      for (Dependency d : graph.children(subject)) {
        first = Math.min(first, d.dependent());
      }
      if (first > 0 && first < verb && doc.tokens().get(first - 1).isNoun()) {
        return true;
      }
    }
    return false;
  }

  private static boolean after(TimeValue value, java.time.LocalDate date) {
    return value instanceof TimeValue.Day day && day.date().isAfter(date);
  }

  private boolean parenthesised(TimeMention t) {
    Sentence s = doc.sentenceAt(t.start());
    String before = doc.span(s.start(), t.start());
    return before.lastIndexOf('(') > before.lastIndexOf(')');
  }

  /** "since April", "until June": the edge of a span, not when something happened. */
  private boolean spanEdge(TimeMention t) {
    String before = doc.text().substring(Math.max(0, t.start() - 7), t.start());
    String lower = (before + t.text()).toLowerCase(java.util.Locale.ROOT);
    return lower.matches("(?s).*\\b(since|until|by)\\s.*");
  }

  static Optional<TimeValue> asDate(TimeValue value) {
    if (value instanceof TimeValue.Day || value instanceof TimeValue.Month || value instanceof TimeValue.YearOnly) {
      return Optional.of(value);
    }
    if (value instanceof TimeValue.Clock clock) {
      return Optional.of(new TimeValue.Day(clock.date()));
    }
    return Optional.empty();
  }

  /** A date and the expression it came from. */
  record Dated(TimeValue value, TimeMention mention) {}
}
