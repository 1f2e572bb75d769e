/**
 * Stores: a seller opens as many as they like, at once, each at {@code /{username}/{slug}}. The
 * slug is folded from the name ({@link com.vita.stores.entity.Slug}) and unique per seller for
 * good: {@code store_slug} keeps every slug a seller's stores ever had, reserved race-safely by
 * {@code control/SlugReservations}, so a renamed store's old address redirects and a deleted
 * store's is never reused. A store's country (CL, CO, MX, ES, AE) fixes its currency and shipping
 * and is fixed once open; it defaults to the owner's KYB business's country, else {@code
 * stores.default-country}. {@link com.vita.stores.entity.Store} owns the state machine (inactive →
 * active → deleted, soft); activation asks kyb's {@code KybGate} and auth's account directory
 * ({@code control/StoreOwners}). Use cases: {@code StoreOpening}, {@code StoreEditing} (edit with
 * an optional {@code If-Match}, activate, delete; each locks the row). Other components use {@code
 * control/StoreDirectory} ({@code StoreCard}s, the address resolution) and {@code
 * control/StoreViews} (page views counted in process, flushed every 15 s by {@code
 * boundary/StoreViewFlushTimer} into one row per store and day). Analytics read daily sales tables
 * fed by the orders component's events as they leave the outbox ({@code control/OrderSales}:
 * counted on confirmation, taken back on a paid cancellation or a refund, once per event and per
 * order).
 */
package com.vita.stores;
