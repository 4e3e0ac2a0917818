package org.parley.core.record;

/** TIMEX3 types of a time expression. */
public enum TimeType {
  DATE,
  TIME,
  DURATION,
  SET
}
