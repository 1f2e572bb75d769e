package com.vita.stores.entity;

import java.util.UUID;

/** A store began to take orders and to appear in the marketplace. */
public record StoreActivated(UUID storeId, UUID ownerId, String country) {}
