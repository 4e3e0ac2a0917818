package org.parley.extract.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.core.record.Place;
import org.parley.extract.dictionary.Knowledge;
import org.parley.extract.testing.HandParse;

/** Place finding on hand-tagged sentences (the parse does not matter to it, only tags and words). */
class PlaceFinderTest {
  private static PlaceFinder finder;

  @BeforeAll
  static void load() {
    finder = new PlaceFinder(Knowledge.load(Optional.empty()));
  }

  private static List<Place> places(String tokens) {
    return finder.find(HandParse.sentence(tokens, ""), Optional.empty());
  }

  @Test
  void aWordOfDirectionBeginningALongerNameIsNoProvince() {
    // The gazetteer knows provinces called "North" and "Eastern"; neither is meant here.
    assertThat(places("Envoys/NNS flew/VBD to/TO North/NNP/LOCATION Africa/NNP/LOCATION ./.")).isEmpty();
    assertThat(places("Troops/NNS moved/VBD into/IN Eastern/JJ Ukraine/NNP/LOCATION ./."))
        .extracting(Place::name).containsExactly("Ukraine");
  }

  @Test
  void aLongerNameTheGazetteerKnowsIsStillFound() {
    assertThat(places("Fighting/NN spread/VBD in/IN North/NNP/LOCATION Kivu/NNP/LOCATION ./."))
        .extracting(Place::name, Place::country).containsExactly(org.assertj.core.groups.Tuple.tuple("North Kivu", Optional.of("COD")));
  }
}
