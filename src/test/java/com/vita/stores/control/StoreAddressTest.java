package com.vita.stores.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.vita.platform.country.Country;
import com.vita.stores.entity.PaymentMethod;
import com.vita.stores.entity.Slug;
import com.vita.stores.entity.Store;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StoreAddressTest {

  private final Store store =
      Store.open(
          UUID.randomUUID(),
          UUID.randomUUID(),
          new Store.Profile("Tienda Ñandú", null, "electronics"),
          new Slug("tienda-nandu"),
          Country.CO,
          EnumSet.of(PaymentMethod.STRIPE),
          Instant.parse("2026-12-01T12:00:00Z"));

  @Test
  void theCurrentSlugFindsTheStoreAsACard() {
    StoreAddress.Found found =
        assertInstanceOf(
            StoreAddress.Found.class,
            StoreDirectory.addressOf(Optional.of(store), new Slug("tienda-nandu")));
    StoreCard card = found.store();
    assertEquals(store.id(), card.id());
    assertEquals(store.ownerAccountId(), card.ownerId());
    assertEquals("tienda-nandu", card.slug());
    assertEquals("COP", card.currency());
    assertEquals("CO", card.country().value());
    assertEquals(Set.of("stripe"), card.paymentMethods());
    assertEquals(false, card.active());
  }

  @Test
  void anOldSlugOfTheStoreMovesToTheCurrentOne() {
    assertEquals(
        new StoreAddress.Moved("tienda-nandu"),
        StoreDirectory.addressOf(Optional.of(store), new Slug("test-store")));
  }

  @Test
  void noLiveHolderIsMissing() {
    assertEquals(
        new StoreAddress.Missing(),
        StoreDirectory.addressOf(Optional.empty(), new Slug("tienda-nandu")));
  }
}
