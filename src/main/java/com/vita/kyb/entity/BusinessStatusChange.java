package com.vita.kyb.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step in a business verification's history; only ever inserted. */
@Entity
@Table(name = "business_status_change")
@NamedQuery(
    name = BusinessStatusChange.OF_BUSINESS,
    query =
        "select c from BusinessStatusChange c where c.businessId = :business"
            + " order by c.changedAt, c.id")
public class BusinessStatusChange {

  public static final String OF_BUSINESS = "BusinessStatusChange.ofBusiness";

  @Id private UUID id;

  @Column(name = "business_id", nullable = false, updatable = false)
  private UUID businessId;

  @Column(name = "from_status", nullable = false, updatable = false, length = 30)
  private KybStatus fromStatus;

  @Column(name = "to_status", nullable = false, updatable = false, length = 30)
  private KybStatus toStatus;

  @Column(name = "actor_id", updatable = false)
  private UUID actorId;

  @Column(name = "reasons", updatable = false, columnDefinition = "text")
  private String reasons;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  protected BusinessStatusChange() {}

  BusinessStatusChange(
      UUID businessId,
      KybStatus from,
      KybStatus to,
      UUID actorId,
      String reasons,
      Instant changedAt) {
    this.id = UUID.randomUUID();
    this.businessId = businessId;
    this.fromStatus = from;
    this.toStatus = to;
    this.actorId = actorId;
    this.reasons = reasons;
    this.changedAt = changedAt;
  }

  public UUID businessId() {
    return businessId;
  }

  public KybStatus from() {
    return fromStatus;
  }

  public KybStatus to() {
    return toStatus;
  }

  public UUID actorId() {
    return actorId;
  }

  public String reasons() {
    return reasons;
  }

  public Instant changedAt() {
    return changedAt;
  }
}
