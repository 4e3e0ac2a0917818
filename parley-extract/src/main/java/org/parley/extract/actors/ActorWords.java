package org.parley.extract.actors;

import java.util.Locale;
import java.util.Set;

/** Words the actor stages read the same way. */
final class ActorWords {
  static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "his", "her");
  static final Set<String> ANONYMOUS_DETERMINERS = Set.of("a", "an", "one");

  private ActorWords() {}

  /** "secretary of state" → "Secretary of State"; a role written capitalised stays as written. */
  static String titleCase(String role) {
    if (!role.equals(role.toLowerCase(Locale.ROOT))) {
      return role;
    }
    var out = new StringBuilder();
    for (String w : role.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(Set.of("of", "the", "and", "for").contains(w) ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return out.toString();
  }
}
