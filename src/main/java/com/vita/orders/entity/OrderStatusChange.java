package com.vita.orders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of an order's history (placement included: no previous status); only inserted. */
@Entity
@Table(name = "order_status_change")
public class OrderStatusChange {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id", nullable = false, updatable = false)
  private Order order;

  @Column(name = "from_status", updatable = false, length = 20)
  private OrderStatus fromStatus;

  @Column(name = "to_status", nullable = false, updatable = false, length = 20)
  private OrderStatus toStatus;

  @Column(name = "actor_id", updatable = false)
  private UUID actorId;

  @Column(name = "note", updatable = false, length = 500)
  private String note;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  protected OrderStatusChange() {}

  OrderStatusChange(
      Order order, OrderStatus from, OrderStatus to, UUID actorId, String note, Instant at) {
    this.id = UUID.randomUUID();
    this.order = order;
    this.fromStatus = from;
    this.toStatus = to;
    this.actorId = actorId;
    this.note = note;
    this.changedAt = at;
  }

  public OrderStatus from() {
    return fromStatus;
  }

  public OrderStatus to() {
    return toStatus;
  }

  /** The account that made the move; null for the system (expiry, a payment, a delivery). */
  public UUID actorId() {
    return actorId;
  }

  public String note() {
    return note;
  }

  public Instant changedAt() {
    return changedAt;
  }
}
