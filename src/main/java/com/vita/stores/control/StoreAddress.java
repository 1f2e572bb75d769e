package com.vita.stores.control;

/**
 * What a store address {@code /{username}/{slug}} leads to: the store, the slug it has now (the
 * address is an old one: redirect), or nothing (no such address, or its store was deleted).
 */
public sealed interface StoreAddress {

  /** The address is the store's current one. */
  record Found(StoreCard store) implements StoreAddress {}

  /** The store was renamed: its address is now {@code /{username}/{currentSlug}}. */
  record Moved(String currentSlug) implements StoreAddress {}

  /** Nothing lives there (or its store was deleted; the address stays reserved). */
  record Missing() implements StoreAddress {}
}
