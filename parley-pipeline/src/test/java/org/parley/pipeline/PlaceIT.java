package org.parley.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.pipeline.SharedPipeline.extract;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.core.record.Place;

class PlaceIT {
  private static final LocalDate DAY = LocalDate.of(2022, 9, 1);

  private static Place place(String text, String name) {
    return extract(text, DAY).places().stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no place " + name));
  }

  @Test
  void capitalWinsOverSameNamedTowns() {
    var washington = place("The envoy flew to Washington for talks with the State Department.", "Washington");
    assertThat(washington.country()).contains("USA");
    assertThat(washington.lat().orElseThrow()).isBetween(38.0, 39.5);
  }

  @Test
  void statedCountryDisambiguatesARegion() {
    var crete = place("Migrants landed on the Greek island of Crete overnight.", "Crete");
    assertThat(crete.country()).contains("GRC");
  }

  @Test
  void citiesAndCountriesCarryCoordinates() {
    var e = extract("Protests spread from Lagos to Abuja, and Nigeria's neighbours closed their borders.", DAY);
    assertThat(e.places()).extracting(Place::name).contains("Lagos", "Abuja", "Nigeria");
    assertThat(e.places()).allSatisfy(p -> assertThat(p.country()).isPresent());
    e.places().forEach(p -> p.mentions().forEach(m -> assertThat(e.text().substring(m.start(), m.end())).isEqualTo(m.text())));
  }

  @Test
  void seasAreNotGivenACountry() {
    var e = extract("The missile fell into the Sea of Japan, the ministry said.", DAY);
    var sea = e.places().stream().filter(p -> p.name().equals("Sea of Japan")).findFirst().orElseThrow();
    assertThat(sea.country()).isEmpty();
  }

  @Test
  void aRegionWordBeforeACountryIsNotAProvinceOfAnotherState() {
    var e = extract("Aid convoys were stopped in Eastern Ukraine and Northern Mali last week.", DAY);
    assertThat(e.places()).extracting(Place::country).doesNotContain(java.util.Optional.of("GHA"));
    assertThat(e.places()).extracting(Place::name).contains("Ukraine", "Mali");
  }
}
