/**
 * The catalogue: the products of every store, their stock, images and export, and the public store
 * pages that show them.
 *
 * <ul>
 *   <li><b>Products</b> ({@code /products}) belong to a store; only the store's owner (or an admin)
 *       writes them, anyone else gets 404. Prices are {@code Money} in the store's currency, read
 *       from JSON as decimals with at most the currency's ISO 4217 digits. A product without
 *       category takes the store's, one without SKU gets a generated one. Edits need {@code
 *       If-Match} with the {@code ETag} (the row's version): a stale edit is 412, never a silent
 *       overwrite.
 *   <li><b>Stock</b> changes only through {@code control.StockLedger}: one atomic {@code UPDATE …
 *       WHERE stock + delta >= 0} plus an immutable movement row, so it never goes below zero and
 *       the movements always add up to the stock. Orders will reserve and release through it.
 *   <li><b>Images</b> are checked by content, their size read from the header before anything is
 *       decoded (decompression bombs), and kept only as re-encoded renditions (no EXIF or GPS).
 *   <li><b>Public pages</b> show a store's active products to anyone; the store decides whether the
 *       store itself is visible ({@code StoreDirectory.findPublic}).
 *   <li><b>Import</b> (another component) writes through {@code control.ProductUpserts} and checks
 *       rows with {@code control.ProductRules}: the API's rules, one implementation.
 * </ul>
 */
package com.vita.catalog;
