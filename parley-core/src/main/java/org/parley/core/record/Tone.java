package org.parley.core.record;

/**
 * Document tone: {@code positive} and {@code negative} are the percentages of words carrying each
 * polarity, {@code score} their difference (GDELT's convention).
 */
public record Tone(double score, double positive, double negative) {}
