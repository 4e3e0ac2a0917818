package org.parley.store;

/** How many events the store holds of one thing: a dyad ("KEN-UGA") or a country ("KEN"). */
public record Tally(String key, long events) {}
