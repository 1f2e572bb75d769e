package com.vita.shipping.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShipmentTest {

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  private final UUID buyer = UUID.randomUUID();
  private final UUID seller = UUID.randomUUID();
  private final Shipment shipment =
      Shipment.open(
              UUID.randomUUID(), UUID.randomUUID(), seller, buyer, new Carrier(), "CX123456", T0)
          .shipment();

  @Test
  void aNewShipmentIsRegisteredWithAPublicTrackingId() {
    assertEquals(ShipmentStatus.REGISTERED, shipment.status());
    assertTrue(TrackingId.isWellFormed(shipment.trackingId()));
    assertTrue(shipment.concerns(buyer));
    assertTrue(shipment.concerns(seller));
    assertFalse(shipment.concerns(UUID.randomUUID()));
  }

  @Test
  void anOlderEventArrivingLateIsKeptButDoesNotMoveTheStatus() {
    record(ShipmentStatus.OUT_FOR_DELIVERY, T0.plusSeconds(7200));
    record(ShipmentStatus.IN_TRANSIT, T0.plusSeconds(3600));
    assertEquals(ShipmentStatus.OUT_FOR_DELIVERY, shipment.status());
  }

  @Test
  void deliveredIsFinalAndDeliversOnce() {
    assertTrue(record(ShipmentStatus.DELIVERED, T0.plusSeconds(60)).delivered());
    assertEquals(T0.plusSeconds(60), shipment.deliveredAt().orElseThrow());
    assertFalse(record(ShipmentStatus.DELIVERED, T0.plusSeconds(120)).delivered());
    assertFalse(record(ShipmentStatus.IN_TRANSIT, T0.plusSeconds(180)).delivered());
    assertEquals(ShipmentStatus.DELIVERED, shipment.status());
    assertEquals(T0.plusSeconds(60), shipment.deliveredAt().orElseThrow());
  }

  @Test
  void aDeliveryCountsEvenWhenItHappenedBeforeTheLatestEvent() {
    record(ShipmentStatus.OUT_FOR_DELIVERY, T0.plusSeconds(7200));
    assertTrue(record(ShipmentStatus.DELIVERED, T0.plusSeconds(3600)).delivered());
  }

  @Test
  void aReturnedShipmentIsNeverDelivered() {
    record(ShipmentStatus.RETURNED, T0.plusSeconds(60));
    assertFalse(record(ShipmentStatus.DELIVERED, T0.plusSeconds(120)).delivered());
    assertEquals(ShipmentStatus.RETURNED, shipment.status());
  }

  private Shipment.Recorded record(ShipmentStatus status, Instant at) {
    return shipment.record(status, "event", null, at, EventSource.SELLER, seller, null, at);
  }
}
