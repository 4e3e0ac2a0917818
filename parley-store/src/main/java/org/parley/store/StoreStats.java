package org.parley.store;

/** How much the store holds. */
public record StoreStats(long articles, long sources, long events, long quotes, long actors) {}
