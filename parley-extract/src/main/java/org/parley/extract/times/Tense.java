package org.parley.extract.times;

/** The time a clause speaks of, relative to the moment of publication. */
public enum Tense {
  PAST,
  PRESENT,
  FUTURE
}
