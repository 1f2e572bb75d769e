package com.vita.stores.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.platform.country.Country;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StoreTest {

  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
  private static final OwnerStanding READY = new OwnerStanding(true, true);

  private static Store store(Country country) {
    return Store.open(
        UUID.randomUUID(),
        UUID.randomUUID(),
        new Store.Profile("Test Store", "A test store", "electronics"),
        new Slug("test-store"),
        country,
        EnumSet.of(PaymentMethod.STRIPE, PaymentMethod.BANK_TRANSFER),
        NOW);
  }

  @Test
  void aNewStoreIsInactiveAndPricesInItsCountrysCurrency() {
    Store store = store(Country.MX);
    assertEquals(StoreStatus.INACTIVE, store.status());
    assertFalse(store.isActive());
    assertEquals("MXN", store.currency().getCurrencyCode());
    assertEquals("MX", store.country().value());
    assertEquals(
        EnumSet.of(PaymentMethod.BANK_TRANSFER, PaymentMethod.STRIPE), store.paymentMethods());
    assertEquals("A test store", store.description().orElseThrow());
    assertEquals(NOW, store.createdAt());
    assertTrue(store.activatedAt().isEmpty());
    assertEquals("CLP", store(Country.CL).currency().getCurrencyCode());
    assertEquals("AED", store(Country.AE).currency().getCurrencyCode());
  }

  @Test
  void activationNamesEverythingTheOwnerLacks() {
    Store store = store(Country.CL);
    IllegalStoreTransition neither =
        assertThrows(
            IllegalStoreTransition.class,
            () -> store.activate(new OwnerStanding(false, false), NOW));
    assertTrue(neither.getMessage().contains("KYB"), neither.getMessage());
    assertTrue(neither.getMessage().contains("e-mail"), neither.getMessage());
    assertEquals(409, neither.type().status());
    IllegalStoreTransition noMail =
        assertThrows(
            IllegalStoreTransition.class,
            () -> store.activate(new OwnerStanding(true, false), NOW));
    assertFalse(noMail.getMessage().contains("KYB"), noMail.getMessage());
    assertEquals(StoreStatus.INACTIVE, store.status());
    assertEquals(List.of(OwnerStanding.KYB_MISSING), new OwnerStanding(false, true).missing());
  }

  @Test
  void aReadyOwnerActivatesOnceAndAgainChangesNothing() {
    Store store = store(Country.CL);
    assertTrue(store.activate(READY, NOW));
    assertTrue(store.isActive());
    assertEquals(NOW, store.activatedAt().orElseThrow());
    assertFalse(store.activate(READY, NOW.plusSeconds(60)));
    assertEquals(NOW, store.activatedAt().orElseThrow());
  }

  @Test
  void aDeletedStoreRefusesEveryChange() {
    Store store = store(Country.ES);
    store.activate(READY, NOW);
    store.delete(NOW);
    assertTrue(store.isDeleted());
    assertFalse(store.isActive());
    Store.Profile profile = new Store.Profile("New Name", null, "books");
    assertThrows(IllegalStoreTransition.class, () -> store.delete(NOW));
    assertThrows(IllegalStoreTransition.class, () -> store.activate(READY, NOW));
    assertThrows(
        IllegalStoreTransition.class, () -> store.edit(profile, new Slug("new-name"), NOW));
    assertThrows(
        IllegalStoreTransition.class,
        () -> store.acceptPayments(Set.of(PaymentMethod.CREGIS), NOW));
  }

  @Test
  void anEditTakesTheNewSlugAndPaymentMethodsStayASet() {
    Store store = store(Country.CO);
    store.edit(new Store.Profile("Otra Tienda", null, "books"), new Slug("otra-tienda"), NOW);
    assertEquals("otra-tienda", store.slug().value());
    assertEquals("Otra Tienda", store.name());
    assertTrue(store.description().isEmpty());
    assertEquals("books", store.category());
    store.acceptPayments(EnumSet.of(PaymentMethod.CREGIS), NOW);
    assertEquals(EnumSet.of(PaymentMethod.CREGIS), store.paymentMethods());
    assertThrows(IllegalArgumentException.class, () -> store.acceptPayments(Set.of(), NOW));
  }
}
