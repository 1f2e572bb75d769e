package com.vita.stores.entity;

import java.util.UUID;

/** A seller opened a store (raised in the opening's transaction). */
public record StoreOpened(UUID storeId, UUID ownerId, String country) {}
