/**
 * The catalogue's logic and what other components use of it: {@code ProductRules} and {@code
 * ProductDraft} (the rules, for the API and the import), {@code ProductUpserts} (batch upsert by
 * SKU), {@code StockLedger} (every stock change, for orders too), the product queries, image
 * renditions and the export writers.
 */
package com.vita.catalog.control;
