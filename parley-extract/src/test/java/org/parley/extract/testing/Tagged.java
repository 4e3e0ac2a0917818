package org.parley.extract.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A shorthand for hand-tagged test sentences, expanded to {@link HandParse}'s word/POS/lemma/NER
 * tokens, so that a table of hundreds of cases stays readable:
 *
 * <pre>
 *   Former President Ana_Ruiz@P of Chile@L met the Peruvian@M envoy .
 * </pre>
 *
 * {@code @P}, {@code @L}, {@code @O} mark a person, a place, an organisation (proper nouns, one token
 * per underscore-joined word); {@code @M} a nationality adjective. A token written word/POS... is
 * taken as it is. Other words are tagged from a small table of function words and common news verbs,
 * else as nouns: a capitalised one proper, a lower-case one ending in -s plural.
 */
public final class Tagged {
  private static final Map<String, String> TAGS = Map.ofEntries(
      Map.entry("the", "DT"), Map.entry("a", "DT"), Map.entry("an", "DT"), Map.entry("one", "CD"),
      Map.entry("two", "CD"), Map.entry("three", "CD"), Map.entry("four", "CD"), Map.entry("several", "JJ"),
      Map.entry("of", "IN"), Map.entry("in", "IN"), Map.entry("on", "IN"), Map.entry("at", "IN"),
      Map.entry("for", "IN"), Map.entry("with", "IN"), Map.entry("from", "IN"), Map.entry("near", "IN"),
      Map.entry("outside", "IN"), Map.entry("by", "IN"), Map.entry("to", "TO"), Map.entry("and", "CC"),
      Map.entry("'s", "POS"), Map.entry("his", "PRP$"), Map.entry("her", "PRP$"), Map.entry("its", "PRP$"),
      Map.entry("their", "PRP$"), Map.entry("he", "PRP"), Map.entry("she", "PRP"), Map.entry("it", "PRP"),
      Map.entry("they", "PRP"), Map.entry("former", "JJ"), Map.entry("ruling", "VBG/rule"),
      Map.entry("main", "JJ"), Map.entry("senior", "JJ"), Map.entry("new", "JJ"), Map.entry("later", "RB"),
      Map.entry("also", "RB"), Map.entry("will", "MD"), Map.entry("would", "MD"),
      Map.entry("said", "VBD/say"), Map.entry("met", "VBD/meet"), Map.entry("visited", "VBD/visit"),
      Map.entry("spoke", "VBD/speak"), Map.entry("arrived", "VBD/arrive"), Map.entry("left", "VBD/leave"),
      Map.entry("criticized", "VBD/criticize"), Map.entry("accused", "VBD/accuse"), Map.entry("urged", "VBD/urge"),
      Map.entry("warned", "VBD/warn"), Map.entry("resigned", "VBD/resign"), Map.entry("protested", "VBD/protest"),
      Map.entry("marched", "VBD/march"), Map.entry("attacked", "VBD/attack"), Map.entry("arrested", "VBD/arrest"),
      Map.entry("denied", "VBD/deny"), Map.entry("welcomed", "VBD/welcome"), Map.entry("signed", "VBD/sign"),
      Map.entry("called", "VBD/call"), Map.entry("rejected", "VBD/reject"), Map.entry("praised", "VBD/praise"),
      Map.entry("condemned", "VBD/condemn"), Map.entry("claimed", "VBD/claim"), Map.entry("announced", "VBD/announce"),
      Map.entry("threatened", "VBD/threaten"), Map.entry("demanded", "VBD/demand"), Map.entry("fled", "VBD/flee"),
      Map.entry("rallied", "VBD/rally"), Map.entry("clashed", "VBD/clash"), Map.entry("voted", "VBD/vote"),
      Map.entry("seized", "VBD/seize"), Map.entry("gathered", "VBD/gather"), Map.entry("flew", "VBD/fly"),
      Map.entry("killed", "VBD/kill"), Map.entry("crossed", "VBD/cross"), Map.entry("walked", "VBD/walk"),
      Map.entry("fired", "VBD/fire"), Map.entry("deployed", "VBD/deploy"), Map.entry("returned", "VBD/return"),
      Map.entry("approved", "VBD/approve"), Map.entry("suspended", "VBD/suspend"), Map.entry("hosted", "VBD/host"),
      Map.entry("received", "VBD/receive"), Map.entry("out", "RP"),
      Map.entry("says", "VBZ/say"), Map.entry("is", "VBZ/be"), Map.entry("was", "VBD/be"));

  private Tagged() {}

  /** The HandParse token line for a shorthand sentence. */
  public static String tokens(String shorthand) {
    List<String> out = new ArrayList<>();
    for (String token : shorthand.trim().split("\\s+")) {
      int at = token.lastIndexOf('@');
      if (at > 0 && at == token.length() - 2) {
        char mark = token.charAt(at + 1);
        for (String word : token.substring(0, at).split("_")) {
          out.add(switch (mark) {
            case 'P' -> word + "/NNP/PERSON";
            case 'L' -> word + "/NNP/LOCATION";
            case 'O' -> word + "/NNP/ORGANIZATION";
            case 'M' -> word + "/JJ/" + word + "/MISC";
            default -> throw new IllegalArgumentException("unknown mark @" + mark + " in " + token);
          });
        }
      } else if (token.contains("/") && token.length() > 1) {
        out.add(token);
      } else {
        out.add(tagged(token));
      }
    }
    return String.join(" ", out);
  }

  private static String tagged(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (word.matches("\\p{Punct}")) {
      return word + "/" + word;
    }
    String tag = TAGS.get(lower);
    if (tag != null) {
      return word + "/" + tag;
    }
    if (Character.isUpperCase(word.charAt(0))) {
      return word + "/NNP";
    }
    if (lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")) {
      return word + "/NNS/" + lower.substring(0, lower.length() - 1);
    }
    return word + "/NN";
  }
}
