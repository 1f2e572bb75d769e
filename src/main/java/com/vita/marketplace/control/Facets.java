package com.vita.marketplace.control;

import java.util.List;
import java.util.UUID;

/**
 * Counts of a search's results by category, country, store and price band, over the same text and
 * filter as the results (so of eligible products only). A price band is a power of ten in the
 * currency's minor units: [fromMinor, toMinor). {@code counted} is how many products the counts
 * cover; {@code capped} says the search matched more than the counting cap, so the counts are those
 * of its first {@code counted} matches, not of all.
 */
public record Facets(
    long counted,
    boolean capped,
    List<Count> categories,
    List<Count> countries,
    List<StoreCount> stores,
    List<PriceBand> prices) {

  public record Count(String value, long count) {}

  public record StoreCount(UUID storeId, String name, long count) {}

  public record PriceBand(String currency, long fromMinor, long toMinor, long count) {}
}
