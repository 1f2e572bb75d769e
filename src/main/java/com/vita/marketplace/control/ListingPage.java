package com.vita.marketplace.control;

import java.util.List;

/**
 * One keyset page of the marketplace: its products, the cursor of the next page (null on the last)
 * and, for a search, the facets.
 */
public record ListingPage(List<ListingCard> items, String next, Facets facets) {}
