package org.parley.extract.dictionary;

import org.parley.core.record.PlaceKind;

/** A place in the gazetteer. {@code feature} is the GeoNames feature code (PPLC = capital). */
public record GazetteerEntry(
    String name, PlaceKind kind, String iso3, double lat, double lon, long population, String feature) {

  public boolean isCapital() {
    return feature.equals("PPLC");
  }
}
