package org.parley.store;

/** Events of one day: how many in each quad class, and their mean Goldstein score. */
public record DayStat(String date, long events, long verbalCooperation, long materialCooperation, long verbalConflict,
    long materialConflict, double meanGoldstein) {}
