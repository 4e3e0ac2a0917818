package org.parley.extract.quotes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.parley.core.record.Actor;
import org.parley.core.record.ActorKind;
import org.parley.core.record.Mention;
import org.parley.core.record.Quote;
import org.parley.core.record.QuoteKind;
import org.parley.core.text.Dependency;
import org.parley.core.text.ParsedDocument;
import org.parley.core.text.Sentence;
import org.parley.core.text.Token;
import org.parley.extract.actors.Genders;
import org.parley.extract.actors.MentionIndex;
import org.parley.extract.syntax.Graph;
import org.parley.extract.syntax.ParseBudget;

/**
 * Every quotation with its speaker. Direct and partial quotes come from quotation marks; the
 * speaker is named by a cue verb after the quote ("…," X said / said X), else before it (X said:
 * "…", X stressed "…"); a quote without a cue continues the previous speaker's. Indirect quotes
 * are "X said (that) CLAUSE" sentences without quotation marks. Thread-safe.
 */
public final class QuoteFinder {
  private static final int MIN_INDIRECT_TOKENS = 4;
  /** Pronouns that can name a quote's speaker at its cue, and the kinds of actor each can be. */
  private static final Map<String, Set<ActorKind>> SPEAKER_PRONOUNS = Map.of(
      "he", Set.of(ActorKind.PERSON), "she", Set.of(ActorKind.PERSON),
      "it", Set.of(ActorKind.ORGANIZATION, ActorKind.COUNTRY),
      "they", Set.of(ActorKind.GROUP, ActorKind.ORGANIZATION));
  private static final Set<String> PERSONAL_PRONOUNS = SPEAKER_PRONOUNS.keySet();
  /** How many quotes back a pronoun at a cue may find its speaker. */
  private static final int RECENT_SPEAKERS = 5;

  private final CueWords cues;
  private final ReportedSpeech reported;
  private final NonSpeech nonSpeech;
  private final Genders genders;

  public QuoteFinder(CueWords cues) {
    this(cues, Optional.empty(), Genders.fromTitlesOnly());
  }

  /**
   * With the user's data files, when given, adding to the bundled lists of names and cues, and
   * the genders that tell whom "he" and "she" at a cue can be.
   */
  public QuoteFinder(CueWords cues, Optional<Path> userDir, Genders genders) {
    this.cues = cues;
    this.reported = new ReportedSpeech(cues);
    this.nonSpeech = NonSpeech.load(userDir);
    this.genders = genders;
  }

  /**
   * The sentences whose dependency parse lets quotes be read: those with a cue, and those quoting a
   * phrase, whose owner is found through the parse.
   */
  public Set<Integer> sentencesToParse(ParsedDocument doc) {
    Set<Integer> out = new TreeSet<>(reported.sentencesToParse(doc));
    for (QuoteSpan span : QuoteScanner.scan(doc.text())) {
      String text = doc.span(span.start(), span.end());
      Sentence s = doc.sentenceAt(span.start());
      boolean phrase = !Character.isUpperCase(text.codePointAt(0)) || text.split("\\s+").length < 4;
      if (phrase && s.size() <= ParseBudget.MAX_TOKENS) {
        out.add(s.index());
      }
    }
    return out;
  }

  /**
   * The quotes of a document, and its actors with the pronouns that name a speaker at a cue added
   * to that speaker's mentions ("…," she said: "she" is a mention of whoever the quote is given to).
   */
  public QuoteFindings find(ParsedDocument doc, List<Actor> actors) {
    Run run = new Run(doc, actors);
    List<Quote> quotes = run.quotes();
    return new QuoteFindings(quotes, run.actorsWithSpeakerPronouns());
  }

  /**
   * Who said a quote, in which words, with which cue; {@code subject} is the token naming the
   * speaker at the cue and {@code cueAt} the cue's token, when there are such.
   */
  private record Attribution(Optional<Actor> speaker, Optional<String> speakerText, Optional<String> cue,
      Optional<Integer> subject, Optional<Integer> cueAt) {
    static final Attribution NONE = new Attribution(Optional.empty(), Optional.empty(), Optional.empty());

    Attribution(Optional<Actor> speaker, Optional<String> speakerText, Optional<String> cue) {
      this(speaker, speakerText, cue, Optional.empty(), Optional.empty());
    }

    Attribution(Optional<Actor> speaker, Optional<String> speakerText, Optional<String> cue, Optional<Integer> subject) {
      this(speaker, speakerText, cue, subject, Optional.empty());
    }

    boolean found() {
      return speaker.isPresent() || speakerText.isPresent();
    }

    Attribution by(Optional<Actor> other) {
      return new Attribution(other, speakerText, cue, subject, cueAt);
    }

    Attribution at(int token) {
      return new Attribution(speaker, speakerText, cue, subject, Optional.of(token));
    }

    boolean sameSpeaker(Attribution other) {
      return speaker.isPresent() ? speaker.map(Actor::id).equals(other.speaker.map(Actor::id))
          : other.speaker.isEmpty() && speakerText.equals(other.speakerText);
    }
  }

  private final class Run {
    final ParsedDocument doc;
    final List<Token> tokens;
    final List<Actor> actors;
    final MentionIndex mentions;
    final MentionReader words;
    final List<QuoteSpan> spans;
    final List<TranscriptLines.Line> transcript;
    /** Pronoun tokens at a cue, and the actor the quote was given to. */
    final Map<Integer, String> speakerPronouns = new HashMap<>();
    /** The actors quotes were given to so far, in order. */
    final List<Actor> speakers = new ArrayList<>();

    Run(ParsedDocument doc, List<Actor> actors) {
      this.doc = doc;
      this.tokens = doc.tokens();
      this.actors = actors;
      this.mentions = new MentionIndex(doc, actors);
      this.words = new MentionReader(doc, actors, mentions);
      this.spans = QuoteScanner.scan(doc.text());
      List<TranscriptLines.Line> lines = TranscriptLines.find(doc.text());
      Map<String, Long> linesPerName = lines.stream()
          .collect(Collectors.groupingBy(TranscriptLines.Line::speaker, Collectors.counting()));
      this.transcript = lines.stream().filter(l -> isTranscriptLine(l, linesPerName.get(l.speaker()))).toList();
    }

    List<Quote> quotes() {
      List<Quote> out = new ArrayList<>();
      Attribution previous = Attribution.NONE;
      Attribution last = Attribution.NONE;
      int previousEnd = -1;
      for (int i = 0; i < spans.size(); i++) {
        QuoteSpan span = spans.get(i);
        String text = doc.span(span.start(), span.end());
        if (isHeading(text)) {
          continue;
        }
        QuoteKind kind = kind(span, text, i > 0 ? Optional.of(spans.get(i - 1)) : Optional.empty());
        int index = i;
        // A whole utterance is attributed after it ("…," X said); a phrase inside reported speech
        // by the verb that introduces it (what X called "profound" differences).
        Optional<TranscriptLines.Line> line = transcript.stream()
            .filter(l -> l.speakerStart() >= span.start() && l.speakerStart() < span.end()).findFirst();
        Attribution who = line.map(this::transcriptSpeaker).or(() -> kind == QuoteKind.PARTIAL
            ? owner(span).or(() -> before(span, index)).or(() -> after(span, index))
            : signed(span).or(() -> after(span, index)).or(() -> before(span, index))).orElse(Attribution.NONE);
        who = preferPreviousSpeakerForPronoun(who, previous);
        if (!who.found() && startsParagraphOrSentence(span) && previousEnd >= 0) {
          who = new Attribution(previous.speaker(), previous.speakerText(), Optional.empty());
        }
        int lineStart = doc.text().lastIndexOf('\n', span.start()) + 1;
        String before = doc.text().substring(lineStart, Math.max(lineStart, span.start() - 1));
        if (nonSpeech.isNotSpeech(text, before, who.found() && who.cue().isPresent(), kind == QuoteKind.PARTIAL)) {
          continue;
        }
        notePronoun(who);
        Optional<String> continues = continuesLast(span, who, last, previousEnd)
            ? Optional.of(out.get(out.size() - 1).id()) : Optional.empty();
        out.add(new Quote("q" + (out.size() + 1), kind, text, span.start(), span.end(),
            who.speaker().map(Actor::id), who.speakerText(), who.cue(), continues));
        last = who;
        if (who.found()) {
          previous = who;
          who.speaker().ifPresent(speakers::add);
        }
        previousEnd = span.end();
      }
      out.addAll(nestedQuotes(out));
      out.addAll(colonLeads(out));
      out.addAll(transcriptLines(out));
      out.addAll(indirect(out));
      out.sort(Comparator.comparingInt(Quote::start));
      Map<String, String> renamed = new HashMap<>();
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).kind() != QuoteKind.INDIRECT) {
          renamed.put(out.get(i).id(), "q" + (i + 1));
        }
      }
      List<Quote> numbered = new ArrayList<>();
      for (Quote q : out) {
        numbered.add(new Quote("q" + (numbered.size() + 1), q.kind(), q.text(), q.start(), q.end(), q.speaker(),
            q.speakerText(), q.cue(), q.continues().map(renamed::get)));
      }
      return numbered;
    }

    /**
     * One utterance broken by its attribution or run on after it: '"…," she said, "…"' and
     * '"…," she said. "…"'. The later quote has no cue of its own (or shares the earlier one's), the
     * same speaker, and the same paragraph.
     */
    boolean continuesLast(QuoteSpan span, Attribution who, Attribution last, int lastEnd) {
      if (lastEnd < 0 || !who.found() || !who.sameSpeaker(last) || words.lineBreakBetween(lastEnd, span.start())) {
        return false;
      }
      return who.cueAt().isEmpty() || who.cueAt().equals(last.cueAt());
    }

    /**
     * "…," she said: in a run of quotes a pronoun names the last speaker, not a person named inside
     * the quoted words (which is what plain pronoun resolution would pick).
     */
    Attribution preferPreviousSpeakerForPronoun(Attribution who, Attribution previous) {
      Optional<String> pronoun = who.speakerText().filter(t -> PERSONAL_PRONOUNS.contains(t.toLowerCase(Locale.ROOT)));
      if (pronoun.isEmpty() || previous.speaker().isEmpty()) {
        return who;
      }
      // "…," she said after a man's quote: the pronoun's own antecedent, if it agrees, stands.
      if (!agrees(pronoun.get(), previous.speaker().get())
          && who.speaker().filter(a -> agrees(pronoun.get(), a)).isPresent()) {
        return who;
      }
      if (agrees(pronoun.get(), previous.speaker().get())) {
        return who.by(previous.speaker());
      }
      // The last speaker the pronoun can name (its gender, its kind), in the quotes just before.
      for (int i = speakers.size() - 1; i >= Math.max(0, speakers.size() - RECENT_SPEAKERS); i--) {
        if (agrees(pronoun.get(), speakers.get(i))) {
          return who.by(Optional.of(speakers.get(i)));
        }
      }
      return who.by(Optional.empty());
    }

    /** Whether a pronoun can stand for an actor: its kind, and for a person, the gender. */
    boolean agrees(String pronoun, Actor actor) {
      String word = pronoun.toLowerCase(Locale.ROOT);
      if (!SPEAKER_PRONOUNS.getOrDefault(word, Set.of()).contains(actor.kind())) {
        return false;
      }
      return actor.kind() != ActorKind.PERSON
          || genders.agrees(word, actor.name(), actor.role(), actor.mentions().stream().map(Mention::text).toList());
    }

    /** A pronoun at the cue becomes a mention of the speaker the quote was given to. */
    void notePronoun(Attribution who) {
      if (who.speaker().isEmpty() || who.subject().isEmpty()) {
        return;
      }
      int token = who.subject().get();
      if (tokens.get(token).pos().startsWith("PRP")) {
        speakerPronouns.put(token, who.speaker().get().id());
      }
    }

    List<Actor> actorsWithSpeakerPronouns() {
      if (speakerPronouns.isEmpty()) {
        return actors;
      }
      List<Actor> out = new ArrayList<>();
      for (Actor a : actors) {
        List<Mention> kept = new ArrayList<>();
        for (Mention m : a.mentions()) {
          int token = doc.tokenIndexAt(m.start());
          String owner = speakerPronouns.get(token);
          boolean onePronoun = tokens.get(token).start() == m.start() && tokens.get(token).end() == m.end();
          if (owner == null || !onePronoun || owner.equals(a.id())) {
            kept.add(m);
          }
        }
        speakerPronouns.forEach((token, owner) -> {
          Token t = tokens.get(token);
          if (owner.equals(a.id()) && kept.stream().noneMatch(m -> m.start() == t.start())) {
            kept.add(new Mention(t.start(), t.end(), t.word()));
          }
        });
        kept.sort(Comparator.comparingInt(Mention::start));
        out.add(new Actor(a.id(), a.name(), a.kind(), a.country(), a.sector(), a.role(), kept, a.attribution()));
      }
      return out;
    }

    /** Quoted headings ("CORE INTEREST") are not speech: no lower-case letter at all. */
    boolean isHeading(String text) {
      return text.chars().noneMatch(Character::isLowerCase);
    }

    /**
     * Direct: a whole utterance, opening with a capital (or carried over from the previous
     * paragraph) and closing with punctuation inside the marks. Partial: a phrase embedded in
     * reported speech ("the need to reduce the risk", "candid").
     */
    QuoteKind kind(QuoteSpan span, String text, Optional<QuoteSpan> previous) {
      if (span.continuation() || span.continued()) {
        return QuoteKind.DIRECT;
      }
      // '"This is a first step," X said, "but the work starts now."': the second half of a split quote.
      boolean splitHalf = previous.map(p -> doc.text().charAt(p.end() - 1) == ','
          && doc.sentenceAt(p.start()).index() == doc.sentenceAt(span.start()).index()).orElse(false);
      if (splitHalf && ".!?".indexOf(text.charAt(text.length() - 1)) >= 0) {
        return QuoteKind.DIRECT;
      }
      boolean capital = Character.isUpperCase(text.codePointAt(0));
      boolean closes = ".,!?;:\u2026".indexOf(text.charAt(text.length() - 1)) >= 0;
      boolean words = text.split("\\s+").length >= 3;
      return capital && closes && words ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
    }

    boolean startsParagraphOrSentence(QuoteSpan span) {
      int i = span.start() - 2;
      while (i >= 0 && doc.text().charAt(i) == ' ') {
        i--;
      }
      return i < 0 || doc.text().charAt(i) == '\n' || ".!?\u201d\"".indexOf(doc.text().charAt(i)) >= 0;
    }

    /**
     * Whose words a quoted phrase is, from the parse: the subject of the nearest verb of saying or
     * judging above it ("X tweeted that the plan was 'a disaster'", "X condemned the test as
     * 'reckless'"), else of the clause's main verb ("X admires Y as a 'strong leader'").
     */
    Optional<Attribution> owner(QuoteSpan span) {
      Sentence s = doc.sentenceAt(span.start());
      if (s.dependencies().isEmpty()) {
        return Optional.empty();
      }
      Graph graph = new Graph(s);
      int token = doc.tokenIndexAt(span.start());
      while (token < s.last() && words.isQuoteMark(tokens.get(token))) {
        token++;
      }
      Optional<Integer> outermost = Optional.empty();
      Optional<Integer> stance = Optional.empty();
      Set<Integer> seen = new HashSet<>();
      for (Optional<Dependency> up = graph.head(token); up.isPresent() && seen.add(up.get().governor());
          up = graph.head(up.get().governor())) {
        int verb = up.get().governor();
        if (tokens.get(verb).start() >= span.start() && tokens.get(verb).end() <= span.end()) {
          continue;
        }
        if (Graph.base(up.get().relation()).endsWith("subj")) {
          break; // 'the "temporary" camp has stood for years': a phrase inside a subject is not its words
        }
        // "According to the mayor, the plan is 'a gamble'": the phrase is the mayor's.
        List<Integer> according = graph.children(verb, "obl:according_to");
        if (!according.isEmpty()) {
          return speakerOf(according.get(0), verb);
        }
        List<Integer> subjects = graph.children(verb, r -> Graph.base(r).equals("nsubj"));
        if (!tokens.get(verb).isVerb() || subjects.isEmpty()) {
          continue;
        }
        if (cues.ownsQuotedWords(tokens.get(verb)) && !cues.onlyReportsStance(tokens.get(verb))) {
          return speakerOf(subjects.get(0), verb);
        }
        // "X said voters have come to believe 'that …'": a verb of stance yields to a verb of saying above it.
        if (stance.isEmpty() && cues.onlyReportsStance(tokens.get(verb))) {
          stance = Optional.of(verb);
        }
        outermost = Optional.of(verb);
      }
      Optional<Integer> main = outermost;
      return stance.or(() -> main)
          .flatMap(verb -> speakerOf(graph.children(verb, r -> Graph.base(r).equals("nsubj")).get(0), verb));
    }

    Optional<Attribution> speakerOf(int subject, int verb) {
      Attribution who = speakerAt(subject);
      if (!who.found()) {
        return Optional.empty();
      }
      return Optional.of(new Attribution(who.speaker(), who.speakerText(), Optional.of(tokens.get(verb).word()),
          Optional.of(subject)).at(verb));
    }

    /** "…," X said. / "…," said X. / "…," according to X. — up to the sentence end or the next quote. */
    Optional<Attribution> after(QuoteSpan span, int index) {
      int first = doc.tokenIndexAt(span.end() + 1);
      if (first >= tokens.size()) {
        return Optional.empty();
      }
      Sentence sentence = doc.sentenceOf(tokens.get(Math.max(0, doc.tokenIndexAt(span.end()) - 1)));
      if (first > sentence.last() && sentence.index() + 1 < doc.sentences().size()) {
        // "Who will pay?" asked X: the sentence splitter ends the sentence at the question mark.
        Sentence next = doc.sentences().get(sentence.index() + 1);
        if (!tokens.get(next.first()).isCapitalised() || cues.isCue(tokens.get(next.first()), words.next(next.first()))) {
          sentence = next;
          first = next.first();
        }
      }
      int limit = index + 1 < spans.size() ? spans.get(index + 1).start() - 1 : Integer.MAX_VALUE;
      int last = sentence.last();
      while (last >= first && tokens.get(last).start() >= limit) {
        last--;
      }
      return cueIn(first, last, true);
    }

    /** X said: "…" / X stressed "…" — from the sentence start (or the previous quote) to the quote. */
    Optional<Attribution> before(QuoteSpan span, int index) {
      int quoteToken = doc.tokenIndexAt(span.start());
      Sentence sentence = doc.sentenceOf(tokens.get(Math.min(quoteToken, tokens.size() - 1)));
      int first = sentence.first();
      if (index > 0 && spans.get(index - 1).end() > tokens.get(first).start()) {
        first = doc.tokenIndexAt(spans.get(index - 1).end() + 1);
      }
      int last = quoteToken - 1;
      while (last >= first && words.isQuoteMark(tokens.get(last))) {
        last--;
      }
      if (last < first && sentence.index() > 0) {
        // "The mayor added:" closing the paragraph before a quote that opens the next one.
        Sentence lead = doc.sentences().get(sentence.index() - 1);
        boolean colon = tokens.get(lead.last()).word().equals(":");
        boolean quotedLead = index > 0 && spans.get(index - 1).end() > lead.start();
        if (colon && !quotedLead) {
          return cueIn(lead.first(), lead.last() - 1, false);
        }
      }
      return cueIn(first, last, false);
    }

    /** The speaker around the first (after a quote) or last (before one) cue in tokens first..last. */
    Optional<Attribution> cueIn(int first, int last, boolean firstCue) {
      int cue = -1;
      for (int i = first; i <= last; i++) {
        if (cues.isCue(tokens.get(i), words.next(i))) {
          cue = i;
          if (firstCue) {
            break;
          }
        }
      }
      if (cue < 0) {
        return Optional.empty();
      }
      String cueWord = tokens.get(cue).word().toLowerCase(Locale.ROOT).equals("according") ? "according to" : tokens.get(cue).word();
      Optional<Integer> speakerToken = words.nearestMentionBefore(first, cue);
      // "…," said X: the speaker after the cue only when the cue opens the clause; otherwise a name
      // after a later verb ("… and called for the withdrawal of Russian troops") is no speaker.
      boolean pronounBefore = cue - 1 >= first && PERSONAL_PRONOUNS.contains(tokens.get(cue - 1).word().toLowerCase(Locale.ROOT));
      boolean inverted = firstCue && cue - first <= 2 && !pronounBefore;
      // 'Said the mayor: "…"' names its speaker after the cue; 'The businessman says of the senator:
      // "…"' does not: there the name after the cue is whom the words are about.
      boolean invertedBefore = !firstCue && (cue == first || tokens.get(cue - 1).pos().matches("[,:.]|CC"));
      if (cueWord.equals("according to") || (speakerToken.isEmpty() && (inverted || invertedBefore))) {
        speakerToken = words.firstMentionAfter(cue, last).map(t -> words.personInSamePhrase(t, last));
      }
      // '"…," Ana Ruiz, the mayor of a town near the border, said': the name the quote is followed
      // by, not the nearest to the cue, when an apposition stands between them.
      Optional<Integer> opening = firstCue ? words.appositiveSpeaker(first, cue) : Optional.empty();
      if (opening.isPresent() && !cueWord.equals("according to")) {
        speakerToken = opening;
      }
      if (speakerToken.isPresent()) {
        Actor actor = words.actorAt(speakerToken.get()).orElseThrow();
        return Optional.of(new Attribution(Optional.of(actor), Optional.of(words.mentionText(speakerToken.get())),
            Optional.of(cueWord), speakerToken).at(cue));
      }
      // "he said" where pronoun linking found no antecedent: the run of quotes may still name one.
      for (int p : new int[] {cue - 1, cue + 1}) {
        if (p >= first && p <= last && PERSONAL_PRONOUNS.contains(tokens.get(p).word().toLowerCase(Locale.ROOT))) {
          return Optional.of(new Attribution(Optional.empty(), Optional.of(tokens.get(p).word()), Optional.of(cueWord),
              Optional.of(p)).at(cue));
        }
      }
      // "a police statement said": a speaker the story names without an actor for it.
      int subjectEnd = cue;
      while (subjectEnd - 1 > first && tokens.get(subjectEnd - 1).pos().startsWith("RB")) {
        subjectEnd--; // "my father often said"
      }
      Optional<String> phrase = words.nounPhraseBefore(first, subjectEnd);
      int cueToken = cue;
      return phrase.map(p -> new Attribution(Optional.empty(), Optional.of(p), Optional.of(cueWord)).at(cueToken));
    }

    /** '"…" ― Ana Ruiz': a quote signed with a dash and a name, as in letters and social media round-ups. */
    Optional<Attribution> signed(QuoteSpan span) {
      int t = doc.tokenIndexAt(span.end() + 1);
      if (t >= tokens.size() || tokens.get(t).start() < span.end()) {
        return Optional.empty();
      }
      if (words.isQuoteMark(tokens.get(t))) {
        t++;
      }
      if (t + 1 >= tokens.size() || !words.isDash(tokens.get(t).word()) || words.lineBreakBetween(span.end(), tokens.get(t).start())) {
        return Optional.empty();
      }
      int name = t + 1;
      if (mentions.has(name)) {
        return Optional.of(new Attribution(words.actorAt(name), Optional.of(words.mentionText(name)), Optional.empty(),
            Optional.of(name)));
      }
      int end = name;
      while (end < tokens.size() && tokens.get(end).isProperNoun() && !words.lineBreakBetween(tokens.get(name).start(), tokens.get(end).end())) {
        end++;
      }
      return end > name
          ? Optional.of(new Attribution(Optional.empty(), Optional.of(doc.span(tokens.get(name).start(), tokens.get(end - 1).end())),
              Optional.empty()))
          : Optional.empty();
    }

    /**
     * Reported speech: from the parse where the sentence has one, else from the words around a cue
     * in a sentence without quotation marks. A reported clause that is itself mostly quoted is that
     * quote, already found.
     */
    List<Quote> indirect(List<Quote> quoted) {
      List<Quote> out = new ArrayList<>();
      for (Sentence s : doc.sentences()) {
        if (s.dependencies().isEmpty()) {
          unparsedIndirect(s).ifPresent(out::add);
          continue;
        }
        for (ReportedSpeech.Report r : reported.find(doc, s, spans)) {
          int start = tokens.get(r.contentFirst()).start();
          int end = tokens.get(r.contentLast()).end();
          if (quotedShare(start, end, quoted) >= 0.5 || out.stream().anyMatch(q -> q.start() == start && q.end() == end)) {
            continue;
          }
          Attribution who = r.speakerHead().map(h -> speakerAt(h)).orElse(Attribution.NONE);
          if (who.speaker().isEmpty() && who.found()) {
            Optional<String> phrase = reported.speakerPhrase(doc, s, r)
                .map(p -> doc.span(tokens.get(p[0]).start(), tokens.get(p[1]).end()));
            who = new Attribution(Optional.empty(), phrase.or(who::speakerText), who.cue());
          }
          if (!who.found() && !r.cueText().equals("according to")) {
            continue;
          }
          out.add(new Quote("q", QuoteKind.INDIRECT, doc.span(start, end), start, end, who.speaker().map(Actor::id),
              who.speakerText(), Optional.of(r.cueText()), Optional.empty()));
        }
      }
      return out;
    }

    /**
     * A capitalised name and a colon open a transcript's line when the name is a person of the
     * story, a question or answer mark, or opens other lines too; a lone "BEIJING:" is a place.
     */
    boolean isTranscriptLine(TranscriptLines.Line line, long linesOfThisName) {
      if (Set.of("Q", "A", "QUESTION", "ANSWER").contains(line.speaker())) {
        return true;
      }
      return linesOfThisName >= 2 || transcriptSpeaker(line).speaker().isPresent();
    }

    /**
     * A quotation inside a quotation is the inner speaker's: '"The mayor told us, 'We will
     * rebuild,'" she said' gives "We will rebuild" to the mayor. Only with a cue inside the outer
     * quote before it; without one, single marks inside a quote are a title or a scare quote.
     */
    List<Quote> nestedQuotes(List<Quote> outer) {
      List<Quote> out = new ArrayList<>();
      for (Quote q : outer) {
        if (q.kind() != QuoteKind.DIRECT) {
          continue;
        }
        QuoteSpan span = new QuoteSpan(q.start(), q.end(), false, false);
        for (QuoteSpan inner : QuoteScanner.nested(doc.text(), span)) {
          int first = doc.tokenIndexAt(q.start());
          int last = doc.tokenIndexAt(inner.start()) - 1;
          while (last >= first && (words.isQuoteMark(tokens.get(last)) || tokens.get(last).word().matches("['`\u2018]+"))) {
            last--;
          }
          Optional<Attribution> who = last >= first ? cueIn(first, last, false) : Optional.empty();
          if (who.isEmpty()) {
            continue;
          }
          String text = doc.span(inner.start(), inner.end());
          QuoteKind kind = Character.isUpperCase(text.codePointAt(0)) && ".,!?".indexOf(text.charAt(text.length() - 1)) >= 0
              ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
          out.add(new Quote("q", kind, text, inner.start(), inner.end(), who.get().speaker().map(Actor::id),
              who.get().speakerText(), who.get().cue(), Optional.empty()));
        }
      }
      return out;
    }

    /**
     * "Okafor: Talks with the union will resume": a headline or lead that names a person or a body,
     * a colon, and what they said, in the reporter's words.
     */
    List<Quote> colonLeads(List<Quote> quoted) {
      List<Quote> out = new ArrayList<>();
      String text = doc.text();
      for (int lineStart = 0; lineStart < text.length(); ) {
        int lineEnd = text.indexOf('\n', lineStart);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        colonLead(lineStart, lineEnd, quoted).ifPresent(out::add);
        lineStart = lineEnd + 1;
      }
      return out;
    }

    Optional<Quote> colonLead(int lineStart, int lineEnd, List<Quote> quoted) {
      int first = doc.tokenIndexAt(lineStart);
      if (first >= tokens.size() || tokens.get(first).start() >= lineEnd || !mentions.has(first)) {
        return Optional.empty();
      }
      Actor actor = words.actorAt(first).orElseThrow();
      int colon = words.lastOfMention(first) + 1;
      boolean speaks = actor.kind() == ActorKind.PERSON || actor.kind() == ActorKind.ORGANIZATION;
      if (!speaks || colon >= tokens.size() || !tokens.get(colon).word().equals(":")) {
        return Optional.empty();
      }
      int from = colon + 1;
      int to = from;
      while (to + 1 < tokens.size() && tokens.get(to + 1).end() <= lineEnd) {
        to++;
      }
      while (to > from && tokens.get(to).pos().equals(".")) {
        to--;
      }
      if (to - from + 1 < MIN_INDIRECT_TOKENS || tokens.get(from).start() >= lineEnd) {
        return Optional.empty();
      }
      int start = tokens.get(from).start();
      int stop = tokens.get(to).end();
      if (quotedShare(start, stop, quoted) >= 0.5 || transcript.stream().anyMatch(l -> l.start() == start)) {
        return Optional.empty();
      }
      return Optional.of(new Quote("q", QuoteKind.INDIRECT, doc.span(start, stop), start, stop, Optional.of(actor.id()),
          Optional.of(words.mentionText(first)), Optional.of(":"), Optional.empty()));
    }

    /** "WALLACE: …" lines outside quotation marks: each is its speaker's direct quote. */
    List<Quote> transcriptLines(List<Quote> quoted) {
      List<Quote> out = new ArrayList<>();
      for (TranscriptLines.Line line : transcript) {
        if (quotedShare(line.start(), line.end(), quoted) > 0 || line.end() <= line.start()) {
          continue;
        }
        Attribution who = transcriptSpeaker(line);
        out.add(new Quote("q", QuoteKind.DIRECT, doc.span(line.start(), line.end()), line.start(), line.end(),
            who.speaker().map(Actor::id), who.speakerText(), Optional.empty(), Optional.empty()));
      }
      return out;
    }

    /** The actor a transcript's capitalised name stands for (by surname), else the name as written. */
    Attribution transcriptSpeaker(TranscriptLines.Line line) {
      String name = line.speaker().replaceAll("^(MR|MRS|MS|DR|SEN|REP|GOV)\\.?\\s+", "");
      String last = name.substring(name.lastIndexOf(' ') + 1).replaceAll("[.'\u2019]", "").toLowerCase(Locale.ROOT);
      Optional<Actor> actor = actors.stream()
          .filter(a -> a.kind() == ActorKind.PERSON)
          .filter(a -> a.name().toLowerCase(Locale.ROOT).endsWith(last) && a.name().length() >= last.length()
              && (a.name().length() == last.length() || a.name().charAt(a.name().length() - last.length() - 1) == ' '))
          .findFirst();
      int token = doc.tokenIndexAt(line.speakerStart());
      return new Attribution(actor, Optional.of(line.speaker()), Optional.empty(), Optional.of(token));
    }

    /** The share of a span's characters inside quotation marks. */
    double quotedShare(int start, int end, List<Quote> quoted) {
      int inside = 0;
      for (Quote q : quoted) {
        inside += Math.max(0, Math.min(end, q.end()) - Math.max(start, q.start()));
      }
      return inside / (double) Math.max(1, end - start);
    }

    /**
     * Who a subject names: the actor at its head, else the first actor mentioned inside it ("a
     * spokesman for the ministry"), else its words.
     */
    Attribution speakerAt(int head) {
      Sentence s = doc.sentenceOf(tokens.get(head));
      if (mentions.has(head)) {
        return new Attribution(words.actorAt(head), Optional.of(words.mentionText(head)), Optional.empty());
      }
      int first = head;
      while (first - 1 >= s.first() && (tokens.get(first - 1).isNoun() || tokens.get(first - 1).pos().startsWith("JJ")
          || tokens.get(first - 1).pos().equals("DT") || tokens.get(first - 1).pos().equals("CD")
          || tokens.get(first - 1).pos().equals("PRP$") || tokens.get(first - 1).pos().equals("POS"))) {
        first--;
      }
      for (int i = first; i <= Math.min(s.last(), head + 6); i++) {
        if (mentions.has(i)) {
          return new Attribution(words.actorAt(i), Optional.of(words.mentionText(i)), Optional.empty());
        }
        if (i > head && (tokens.get(i).isVerb() || tokens.get(i).word().equals(","))) {
          break;
        }
      }
      return new Attribution(Optional.empty(), Optional.of(doc.span(tokens.get(first).start(), tokens.get(head).end())),
          Optional.empty());
    }

    /** "U.S. officials said there were no illusions …" in a sentence the parser did not read. */
    Optional<Quote> unparsedIndirect(Sentence s) {
      String text = doc.span(s.start(), s.end());
      if (text.indexOf('"') >= 0 || text.indexOf('\u201c') >= 0 || text.indexOf('\u201d') >= 0) {
        return Optional.empty();
      }
      for (int i = s.first() + 1; i < s.last(); i++) {
        Token t = tokens.get(i);
        if (!cues.reportsClause(t) || !(t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP"))) {
          continue;
        }
        Optional<Integer> speaker = words.nearestMentionBefore(Math.max(s.first(), i - 4), i);
        if (speaker.isEmpty()) {
          return Optional.empty();
        }
        int from = i + 1;
        if (t.lemma().equalsIgnoreCase("tell") && from <= s.last()) {
          from = words.afterObject(from, s.last()); // "told reporters the navy would …"
        }
        // "said on Friday that …": the reported clause starts after "that".
        for (int k = from; k <= Math.min(s.last(), from + 4); k++) {
          if (tokens.get(k).word().equalsIgnoreCase("that")) {
            from = k + 1;
            break;
          }
          if (tokens.get(k).isVerb()) {
            break;
          }
        }
        int to = s.last();
        while (to > from && tokens.get(to).pos().equals(".")) {
          to--;
        }
        if (to - from + 1 < MIN_INDIRECT_TOKENS || !tokens.subList(from, to + 1).stream().anyMatch(Token::isVerb)) {
          return Optional.empty();
        }
        int start = tokens.get(from).start();
        int end = tokens.get(to).end();
        Actor actor = words.actorAt(speaker.get()).orElseThrow();
        return Optional.of(new Quote("q", QuoteKind.INDIRECT, doc.span(start, end), start, end,
            Optional.of(actor.id()), Optional.of(words.mentionText(speaker.get())), Optional.of(t.word()), Optional.empty()));
      }
      return Optional.empty();
    }
  }
}
