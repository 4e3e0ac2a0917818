package org.parley.extract.actors;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.core.record.ActorKind;
import org.parley.core.record.Mention;

/**
 * Stage 4: pronouns join the actor they stand for, by gender and number: "he" a man and "she" a
 * woman where the name, a title or a gendered noun says which (see {@link Genders}), else any person;
 * "it" a state, an organisation or a body named in the singular ("the army"), "they" a group. The antecedent is the subject of the nearest
 * sentence before that names an actor of the right kind (its leftmost such mention, the longest of
 * those that start there): in "Chad said
 * it would close the border", "it" is Chad.
 */
final class PronounLinker extends DocumentPass {
  /** A pronoun's candidates, and how many sentences back its antecedent may be. */
  private record Reach(Set<ActorKind> kinds, int sentences) {}

  private static final Reach PERSON = new Reach(Set.of(ActorKind.PERSON), 3);
  // "It" and "they" are read only close to their antecedent: they refer to much besides actors.
  private static final Reach THING = new Reach(Set.of(ActorKind.COUNTRY, ActorKind.ORGANIZATION), 1);
  private static final Reach PLURAL = new Reach(Set.of(ActorKind.GROUP), 1);
  private static final Map<String, Reach> PRONOUNS = Map.of(
      "he", PERSON, "she", PERSON, "him", PERSON, "his", PERSON, "her", PERSON,
      "it", THING, "they", PLURAL, "them", PLURAL);

  private final Genders genders;
  /** Each person's gender, read once: this stage adds only pronouns, which are no evidence of it. */
  private final Map<Draft, Optional<Genders.Gender>> genderOf = new IdentityHashMap<>();

  PronounLinker(Genders genders, ActorDrafts drafts) {
    super(drafts);
    this.genders = genders;
  }

  @Override
  void run() {
    for (int i = 0; i < tokens.size(); i++) {
      Reach reach = PRONOUNS.get(lower(i));
      if (reach == null || !tokens.get(i).pos().startsWith("PRP")) {
        continue;
      }
      Draft antecedent = antecedent(i, reach);
      if (antecedent != null) {
        antecedent.mention(mention(i, i + 1));
      }
    }
  }

  Draft antecedent(int pronoun, Reach reach) {
    int at = tokens.get(pronoun).start();
    int sentence = tokens.get(pronoun).sentence();
    Draft best = null;
    int bestSentence = -1;
    int bestStart = Integer.MAX_VALUE;
    int bestEnd = -1;
    // Where the subject of the pronoun's sentence ends (its first verb), for an object pronoun only.
    int subjectEnd = OBJECT_FORMS.contains(lower(pronoun)) ? Math.min(firstVerbStart(sentence), at) : -1;
    for (Draft d : drafts) {
      // "The army said it had ...": a body named by a singular noun is an "it" too.
      boolean collective = reach == THING && d.kind == ActorKind.GROUP;
      if (!reach.kinds().contains(d.kind) && !collective) {
        continue;
      }
      if (reach == PERSON && !Genders.agrees(Genders.ofPronoun(lower(pronoun)), genderOf(d))) {
        continue; // "she" is not the man named last
      }
      // "Police fired tear gas to disperse them", "They told them to leave": an object pronoun is not
      // its own sentence's subject.
      if (d.mentions.stream().anyMatch(m -> m.end() <= subjectEnd && doc.sentenceAt(m.start()).index() == sentence)) {
        continue;
      }
      for (Mention m : d.mentions) {
        int s = doc.sentenceAt(m.start()).index();
        if (collective && !endsInSingularNoun(m)) {
          continue;
        }
        if (m.start() >= at || sentence - s > reach.sentences()
            || PRONOUNS.containsKey(m.text().toLowerCase(Locale.ROOT))) {
          continue;
        }

        // "Zambia's main opposition party said it would ...": of two mentions that start together,
        // the whole phrase is the subject, not the state that owns it.
        if (s > bestSentence || (s == bestSentence && (m.start() < bestStart || m.start() == bestStart && m.end() > bestEnd))) {
          best = d;
          bestSentence = s;
          bestStart = m.start();
          bestEnd = m.end();
        }
      }
    }
    return best;
  }

  private static final Set<String> OBJECT_FORMS = Set.of("them", "him");

  /** The offset of the sentence's first verb, before which its subject stands; -1 if it has none. */
  private int firstVerbStart(int sentence) {
    var sent = doc.sentences().get(sentence);
    for (int i = sent.first(); i <= sent.last(); i++) {
      if (tokens.get(i).isVerb()) {
        return tokens.get(i).start();
      }
    }
    return -1;
  }

  private Optional<Genders.Gender> genderOf(Draft d) {
    return genderOf.computeIfAbsent(d, x -> genders.of(x.name, x.role, x.mentions.stream().map(Mention::text).toList()));
  }

  private boolean endsInSingularNoun(Mention m) {
    int last = doc.tokenIndexAt(m.end() - 1);
    return last < tokens.size() && tokens.get(last).end() == m.end() && tokens.get(last).pos().equals("NN");
  }
}
