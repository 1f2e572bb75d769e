package com.vita.shipping.boundary;

import com.vita.shipping.control.ShipmentTracking;
import com.vita.shipping.entity.Shipment;
import java.time.Instant;
import java.util.List;

/** A shipment's tracking: where it stands and its history, oldest first. */
public record TrackingView(
    String trackingId,
    String orderId,
    Carrier carrier,
    String trackingNumber,
    String status,
    Instant deliveredAt,
    List<Event> events) {

  public record Carrier(String code, String name) {}

  /** {@code source}: vita (the shipment opened), seller or carrier. */
  public record Event(
      String status, String description, String location, Instant occurredAt, String source) {}

  static TrackingView of(ShipmentTracking.Tracking tracking) {
    Shipment shipment = tracking.shipment();
    return new TrackingView(
        shipment.trackingId(),
        shipment.orderId().toString(),
        new Carrier(shipment.carrier().code(), shipment.carrier().name()),
        shipment.trackingNumber(),
        shipment.status().value(),
        shipment.deliveredAt().orElse(null),
        tracking.events().stream()
            .map(
                e ->
                    new Event(
                        e.status().value(),
                        e.description(),
                        e.location(),
                        e.occurredAt(),
                        e.source().value()))
            .toList());
  }
}
