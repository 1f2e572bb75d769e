package com.vita.marketplace.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The orders a marketplace page can be read in, each a keyset on one column and the product id.
 * {@code relevance} needs a search text; without one it reads as {@link #NEWEST}.
 */
public enum MarketplaceSort {
  RELEVANCE,
  PRICE_ASC,
  PRICE_DESC,
  NEWEST,
  BEST_SELLING;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<MarketplaceSort> fromWire(String wire) {
    return Arrays.stream(values()).filter(s -> s.wire().equals(wire)).findFirst();
  }

  public boolean ascending() {
    return this == PRICE_ASC;
  }
}
