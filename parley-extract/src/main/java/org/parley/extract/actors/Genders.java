package org.parley.extract.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.parley.extract.dictionary.Knowledge;

/**
 * The gender a person's mentions mark, for resolving "he" and "she": a title ("Mr.", "Ms."), a
 * gendered noun ("congresswoman", "his brother"), else a first name that usually marks one gender
 * (first-names.tsv). Unknown when nothing says, or when the signs disagree.
 */
public final class Genders {
  /** A pronoun's gender, or a person's. */
  public enum Gender { MALE, FEMALE }

  private static final Set<String> MALE_WORDS = Set.of("mr", "mr.", "sir", "lord", "king", "prince", "congressman",
      "spokesman", "chairman", "businessman", "father", "son", "brother", "husband", "uncle", "grandfather",
      "nephew", "boyfriend", "sheikh", "emir", "sultan", "duke", "baron", "monsignor", "archbishop", "pope");
  private static final Set<String> FEMALE_WORDS = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame",
      "dame", "lady", "queen", "princess", "congresswoman", "spokeswoman", "chairwoman", "businesswoman",
      "mother", "daughter", "sister", "wife", "aunt", "grandmother", "niece", "girlfriend", "duchess", "baroness",
      "sheikha", "widow", "actress");

  private final Function<String, Optional<String>> firstNames;

  public Genders(Knowledge knowledge) {
    this.firstNames = knowledge::genderOfFirstName;
  }

  private Genders(Function<String, Optional<String>> firstNames) {
    this.firstNames = firstNames;
  }

  /** Genders read from titles and gendered nouns alone, without a list of first names. */
  public static Genders fromTitlesOnly() {
    return new Genders(name -> Optional.empty());
  }

  /** The pronoun's gender: "he", "him", "his", "himself" or "she", "her", "hers", "herself". */
  public static Optional<Gender> ofPronoun(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "he", "him", "his", "himself" -> Optional.of(Gender.MALE);
      case "she", "her", "hers", "herself" -> Optional.of(Gender.FEMALE);
      default -> Optional.empty();
    };
  }

  /** A person's gender from their name, role and mentions (pronoun mentions are not evidence). */
  public Optional<Gender> of(String name, Optional<String> role, List<String> mentions) {
    boolean male = false;
    boolean female = false;
    for (String text : concat(role, mentions)) {
      for (String word : text.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
        male |= MALE_WORDS.contains(word);
        female |= FEMALE_WORDS.contains(word);
      }
      String lower = text.toLowerCase(Locale.ROOT);
      female |= lower.contains("first lady");
    }
    if (male != female) {
      return Optional.of(male ? Gender.MALE : Gender.FEMALE);
    }
    if (male) {
      return Optional.empty();
    }
    String first = name.strip().split("\\s+")[0];
    return firstNames.apply(first).map(g -> g.equals("f") ? Gender.FEMALE : Gender.MALE);
  }

  /** Whether a person may be what a pronoun names: the same gender, or either unknown. */
  public boolean agrees(String pronoun, String name, Optional<String> role, List<String> mentions) {
    return ofPronoun(pronoun).isEmpty() || agrees(ofPronoun(pronoun), of(name, role, mentions));
  }

  /** Whether a pronoun's gender and a person's agree: the same, or either unknown. */
  public static boolean agrees(Optional<Gender> pronoun, Optional<Gender> person) {
    return pronoun.isEmpty() || person.isEmpty() || pronoun.equals(person);
  }

  private static List<String> concat(Optional<String> role, List<String> mentions) {
    var out = new java.util.ArrayList<String>(mentions.size() + 1);
    role.ifPresent(out::add);
    for (String m : mentions) {
      if (ofPronoun(m).isEmpty()) {
        out.add(m);
      }
    }
    return out;
  }
}
