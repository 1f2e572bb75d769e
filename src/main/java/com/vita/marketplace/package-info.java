/**
 * The marketplace: VITA's curated catalogue across stores, searched in Spanish with typo tolerance,
 * inside PostgreSQL (no search engine to keep in step).
 *
 * <p>What is on sale is decided by the database: {@code marketplace_listing} (V60) holds exactly
 * the eligible products (active, in stock, of an active store whose owner's KYB is approved, and
 * listed by an admin or an admin's rule), kept by triggers on the product, store, business, sales,
 * decision and rule tables. So no code path that changes a store or a product can forget the
 * marketplace, and a product leaves it in the same transaction that empties its stock. Those
 * triggers read other components' tables on purpose (the one exception to "through control"): the
 * rule must hold for every writer, the import and hand-written SQL included.
 *
 * <p>Answers are cached (Redis, or in process without it) under a generation that the same triggers
 * bump; see {@code docs/marketplace.md}.
 */
package com.vita.marketplace;
