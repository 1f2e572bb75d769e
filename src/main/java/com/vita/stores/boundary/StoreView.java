package com.vita.stores.boundary;

import com.vita.stores.entity.PaymentMethod;
import com.vita.stores.entity.Store;
import java.time.Instant;
import java.util.List;

/**
 * A store as its owner (or an admin) sees it. {@code storeId} is seed 000's name for the id.
 *
 * @param shippingMethods where the carriers of the store's country are listed
 * @param version what the {@code ETag} is made of; send it back in {@code If-Match}
 */
public record StoreView(
    String storeId,
    String ownerId,
    String name,
    String slug,
    String description,
    String category,
    String country,
    String currency,
    List<String> paymentMethods,
    String shippingMethods,
    String status,
    boolean active,
    Instant activatedAt,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  static StoreView of(Store s) {
    return new StoreView(
        s.id().toString(),
        s.ownerAccountId().toString(),
        s.name(),
        s.slug().value(),
        s.description().orElse(null),
        s.category(),
        s.country().value(),
        s.currency().getCurrencyCode(),
        s.paymentMethods().stream().map(PaymentMethod::value).toList(),
        "/api/v1/shipping/methods/" + s.country().value(),
        s.status().value(),
        s.isActive(),
        s.activatedAt().orElse(null),
        s.createdAt(),
        s.updatedAt(),
        s.version());
  }

  /** A page of the caller's stores. */
  public record Page(List<StoreView> stores, int offset, int limit) {}
}
