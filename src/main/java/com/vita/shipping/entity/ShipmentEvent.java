package com.vita.shipping.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One step of a shipment's history, as the seller or the carrier reported it. A carrier's event
 * keeps the carrier's own event id, unique per carrier, so a webhook delivered twice is applied
 * once.
 */
@Entity
@Table(name = "shipment_event")
@NamedQuery(
    name = ShipmentEvent.OF_SHIPMENT,
    query =
        "select e from ShipmentEvent e where e.shipment = :shipment order by e.occurredAt, e.id")
public class ShipmentEvent {

  public static final String OF_SHIPMENT = "ShipmentEvent.ofShipment";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "shipment_id", nullable = false, updatable = false)
  private Shipment shipment;

  @Column(name = "status", nullable = false, updatable = false, length = 20)
  private ShipmentStatus status;

  @Column(name = "description", nullable = false, updatable = false, length = 300)
  private String description;

  @Column(name = "location", updatable = false, length = 120)
  private String location;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "source", nullable = false, updatable = false, length = 10)
  private EventSource source;

  @Column(name = "recorded_by", updatable = false)
  private UUID recordedBy;

  @Column(name = "carrier_code", updatable = false, length = 40)
  private String carrierCode;

  @Column(name = "carrier_event_id", updatable = false, length = 100)
  private String carrierEventId;

  protected ShipmentEvent() {}

  ShipmentEvent(
      Shipment shipment,
      ShipmentStatus status,
      String description,
      String location,
      Instant occurredAt,
      Instant recordedAt,
      EventSource source,
      UUID recordedBy,
      String carrierEventId) {
    this.shipment = shipment;
    this.status = status;
    this.description = description;
    this.location = location;
    this.occurredAt = occurredAt;
    this.recordedAt = recordedAt;
    this.source = source;
    this.recordedBy = source == EventSource.SELLER ? recordedBy : null;
    this.carrierEventId = carrierEventId;
    this.carrierCode = carrierEventId == null ? null : shipment.carrier().code();
  }

  public ShipmentStatus status() {
    return status;
  }

  public String description() {
    return description;
  }

  public String location() {
    return location;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public EventSource source() {
    return source;
  }
}
