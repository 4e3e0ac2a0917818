package org.parley.core.record;

/** What sort of place. */
public enum PlaceKind {
  COUNTRY,
  REGION,
  CITY,
  FACILITY,
  WATER
}
