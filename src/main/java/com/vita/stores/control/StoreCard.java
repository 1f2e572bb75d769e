package com.vita.stores.control;

import com.vita.platform.country.CountryCode;
import com.vita.stores.entity.PaymentMethod;
import com.vita.stores.entity.Store;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What other components may know about a store (catalogue, imports, orders, marketplace): a
 * snapshot, not the managed entity, so nothing outside stores can change one.
 *
 * @param currency the ISO 4217 code every price of the store is in (its country's)
 * @param paymentMethods codes of the methods it takes: {@code stripe}, {@code cregis}, {@code
 *     bank_transfer}
 * @param active whether it takes orders and appears in the marketplace
 */
public record StoreCard(
    UUID id,
    UUID ownerId,
    String name,
    String slug,
    String category,
    CountryCode country,
    String currency,
    Set<String> paymentMethods,
    boolean active) {

  public StoreCard {
    paymentMethods = Set.copyOf(paymentMethods);
  }

  static StoreCard of(Store store) {
    return new StoreCard(
        store.id(),
        store.ownerAccountId(),
        store.name(),
        store.slug().value(),
        store.category(),
        store.country(),
        store.currency().getCurrencyCode(),
        store.paymentMethods().stream().map(PaymentMethod::value).collect(Collectors.toSet()),
        store.isActive());
  }
}
