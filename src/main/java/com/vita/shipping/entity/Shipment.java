package com.vita.shipping.entity;

import com.vita.platform.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One order's parcel on its way, with the carrier's tracking number. Its status follows the events
 * recorded for it: the newest event (by when it happened, not when it arrived: webhooks come out of
 * order) sets it, and delivered or returned is final. The buyer and seller are kept because they
 * decide who may read the tracking.
 */
@Entity
@Table(name = "shipment")
@NamedQuery(
    name = Shipment.BY_TRACKING_ID,
    query = "select s from Shipment s where s.trackingId = :trackingId")
@NamedQuery(name = Shipment.BY_ORDER, query = "select s from Shipment s where s.orderId = :orderId")
@NamedQuery(
    name = Shipment.BY_CARRIER_NUMBER,
    query =
        "select s from Shipment s where s.carrier.code = :carrier"
            + " and s.trackingNumber = :trackingNumber")
public class Shipment extends TrackedEntity {

  public static final String BY_TRACKING_ID = "Shipment.byTrackingId";
  public static final String BY_ORDER = "Shipment.byOrder";
  public static final String BY_CARRIER_NUMBER = "Shipment.byCarrierNumber";

  @Id private UUID id;

  @Column(name = "tracking_id", nullable = false, updatable = false, length = 24)
  private String trackingId;

  @Column(name = "order_id", nullable = false, updatable = false)
  private UUID orderId;

  @Column(name = "store_id", nullable = false, updatable = false)
  private UUID storeId;

  @Column(name = "seller_id", nullable = false, updatable = false)
  private UUID sellerId;

  @Column(name = "buyer_id", nullable = false, updatable = false)
  private UUID buyerId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "carrier_code", nullable = false, updatable = false)
  private Carrier carrier;

  @Column(name = "tracking_number", nullable = false, updatable = false, length = 100)
  private String trackingNumber;

  @Column(name = "status", nullable = false, length = 20)
  private ShipmentStatus status;

  @Column(name = "last_event_at", nullable = false)
  private Instant lastEventAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  protected Shipment() {}

  /** A shipment just handed to the carrier, with the first event of its history. */
  public static Opened open(
      UUID orderId,
      UUID storeId,
      UUID sellerId,
      UUID buyerId,
      Carrier carrier,
      String trackingNumber,
      Instant now) {
    Shipment shipment = new Shipment();
    shipment.id = UUID.randomUUID();
    shipment.trackingId = TrackingId.random().value();
    shipment.orderId = orderId;
    shipment.storeId = storeId;
    shipment.sellerId = sellerId;
    shipment.buyerId = buyerId;
    shipment.carrier = carrier;
    shipment.trackingNumber = trackingNumber;
    shipment.status = ShipmentStatus.REGISTERED;
    shipment.lastEventAt = now;
    shipment.created(now);
    ShipmentEvent first =
        new ShipmentEvent(
            shipment,
            ShipmentStatus.REGISTERED,
            "Shipped by the seller with " + carrier.name() + ", tracking number " + trackingNumber,
            null,
            now,
            now,
            EventSource.VITA,
            null,
            null);
    return new Opened(shipment, first);
  }

  /** The new shipment and its first event, both to persist. */
  public record Opened(Shipment shipment, ShipmentEvent firstEvent) {}

  /**
   * Records an event and moves the status it implies.
   *
   * @return the event to persist, and whether this event delivered the shipment (for the first
   *     time)
   */
  public Recorded record(
      ShipmentStatus eventStatus,
      String description,
      String location,
      Instant occurredAt,
      EventSource source,
      UUID recordedBy,
      String carrierEventId,
      Instant now) {
    ShipmentEvent event =
        new ShipmentEvent(
            this,
            eventStatus,
            description,
            location,
            occurredAt,
            now,
            source,
            recordedBy,
            source == EventSource.CARRIER ? carrierEventId : null);
    boolean delivers = false;
    if (!status.isFinal() && (eventStatus.isFinal() || !occurredAt.isBefore(lastEventAt))) {
      status = eventStatus;
      delivers = eventStatus == ShipmentStatus.DELIVERED;
      if (delivers) {
        deliveredAt = occurredAt;
      }
    }
    if (occurredAt.isAfter(lastEventAt)) {
      lastEventAt = occurredAt;
    }
    touched(now);
    return new Recorded(event, delivers);
  }

  /** An event to persist, and whether it delivered the shipment. */
  public record Recorded(ShipmentEvent event, boolean delivered) {}

  /** True for the buyer, the seller of the shipment: the accounts that may read its tracking. */
  public boolean concerns(UUID accountId) {
    return buyerId.equals(accountId) || sellerId.equals(accountId);
  }

  public UUID id() {
    return id;
  }

  public String trackingId() {
    return trackingId;
  }

  public UUID orderId() {
    return orderId;
  }

  public UUID storeId() {
    return storeId;
  }

  public UUID sellerId() {
    return sellerId;
  }

  public UUID buyerId() {
    return buyerId;
  }

  public Carrier carrier() {
    return carrier;
  }

  public String trackingNumber() {
    return trackingNumber;
  }

  public ShipmentStatus status() {
    return status;
  }

  public Optional<Instant> deliveredAt() {
    return Optional.ofNullable(deliveredAt);
  }
}
