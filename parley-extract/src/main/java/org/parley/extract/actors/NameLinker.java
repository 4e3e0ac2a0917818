package org.parley.extract.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.core.record.ActorKind;
import org.parley.core.text.Token;
import org.parley.extract.dictionary.Knowledge;

/**
 * Stage 2: links later mentions to the actors introduced earlier: a surname or acronym alone, a
 * description followed by the name it describes, party members named after their group.
 */
final class NameLinker extends DocumentPass {
  private final Knowledge knowledge;

  NameLinker(Knowledge knowledge, ActorDrafts drafts) {
    super(drafts);
    this.knowledge = knowledge;
  }

  @Override
  void run() {
    linkShortMentions();
    linkDescriptions();
    linkMembersToGroups();
  }

  /** Capitalised words that repeat part of a known person's name ("Ruto", "Lula") link to them. */
  void linkShortMentions() {
    Map<String, Draft> byWord = new HashMap<>();
    for (Draft d : drafts) {
      if (d.kind == ActorKind.PERSON) {
        for (String w : d.nameWords()) {
          if (w.length() > 1) {
            byWord.putIfAbsent(w, d);
          }
        }
      } else if (d.kind == ActorKind.ORGANIZATION) {
        for (String alias : d.aliases) {
          if (!alias.contains(" ") && alias.length() > 1) {
            byWord.putIfAbsent(alias, d);
          }
        }
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (used[i] || !t.isCapitalised() || !t.isProperNoun()) {
        continue;
      }
      Draft d = byWord.get(lower(i));
      if (d != null && !(i + 1 < tokens.size() && tokens.get(i + 1).isProperNoun() && tokens.get(i + 1).isCapitalised())) {
        d.mention(mention(i, i + 1));
        used[i] = true;
      }
    }
  }

  /**
   * "an opposition leader" followed shortly by "X, the leader of ..." are one person: the named
   * person takes the description's country and sector.
   */
  void linkDescriptions() {
    List<Draft> anonymous = drafts.stream().filter(d -> d.kind == ActorKind.ANONYMOUS).toList();
    for (Draft person : List.copyOf(drafts)) {
      if (person.kind != ActorKind.PERSON || person.head.isEmpty()) {
        continue;
      }
      int personSentence = doc.sentenceAt(person.firstStart()).index();
      for (Draft anon : anonymous) {
        if (!drafts.contains(anon) || anon.head.isEmpty() || !anon.head.get().endsWith(person.head.get())) {
          continue;
        }
        int anonSentence = doc.sentenceAt(anon.firstStart()).index();
        if (anonSentence <= personSentence && personSentence - anonSentence <= 2 && anon.firstStart() < person.firstStart()) {
          if (!person.sectorStated || knowledge.isA(person.head.get(), "link")) {
            person.sector(anon.sector, "description");
            person.sectorStated = true;
          }
          if (person.country.isEmpty()) {
            person.country(anon.country, "description");
          }
          person.affiliation.ifPresent(o -> {
            if (o.sector.isEmpty()) {
              o.sector(anon.sector, "description");
            }
          });
          anon.mentions.forEach(person::mention);
          drafts.remove(anon);
        }
      }
    }
  }

  /**
   * "Police detained four opposition figures ... They were A, the head of a farmers' party; B,
   * ...": people named right after a group of opposition figures, and described only as the
   * leader or member of a party, are opposition; the party alone does not say which side it is on.
   */
  void linkMembersToGroups() {
    List<Draft> groups = drafts.stream()
        .filter(d -> d.kind == ActorKind.GROUP && d.sector.equals(Optional.of("OPP")) && d.sectorStated).toList();
    for (Draft person : drafts) {
      boolean partyOnly = person.sector.isEmpty() || person.sector.equals(Optional.of("PTY"));
      boolean linkOnly = person.head.map(h -> knowledge.isA(h, "link") || h.endsWith("activist")).orElse(false);
      if (person.kind != ActorKind.PERSON || !partyOnly || !linkOnly) {
        continue;
      }
      // The group named last before the person, within two sentences (by its latest mention there:
      // a group named in the headline may be named again just before its members are).
      mentionedLastBefore(groups, person.firstStart(), 2)
          .filter(g -> person.country.isEmpty() || person.country.equals(g.country))
          .ifPresent(g -> {
            person.sector(g.sector, "group");
            person.sectorStated = true;
          });
    }
  }
}
