package com.vita.kyb.entity;

import com.vita.platform.persistence.CodedEnum;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One reminder e-mail the KYB timer sent about a case; only ever inserted. */
@Entity
@Table(name = "kyb_reminder")
@NamedQuery(
    name = KybReminder.OF_BUSINESS,
    query = "select r from KybReminder r where r.businessId = :business order by r.sentAt, r.id")
public class KybReminder {

  public static final String OF_BUSINESS = "KybReminder.ofBusiness";

  /** Who has to act on the case. */
  public enum Kind implements CodedEnum {
    /** The owner: finish the draft or send what was asked for. */
    OWNER("owner"),
    /** The admins: the case waits for a review or a decision. */
    REVIEW("review");

    private final String value;

    Kind(String value) {
      this.value = value;
    }

    @Override
    public String value() {
      return value;
    }
  }

  @Id private UUID id;

  @Column(name = "business_id", nullable = false, updatable = false)
  private UUID businessId;

  @Column(name = "kind", nullable = false, updatable = false, length = 10)
  private Kind kind;

  @Column(name = "status", nullable = false, updatable = false, length = 30)
  private KybStatus status;

  @Column(name = "status_since", nullable = false, updatable = false)
  private Instant statusSince;

  @Column(name = "recipient", nullable = false, updatable = false, length = 254)
  private String recipient;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  protected KybReminder() {}

  public KybReminder(Business about, Kind kind, String recipient, Instant sentAt) {
    this.id = UUID.randomUUID();
    this.businessId = about.id();
    this.kind = kind;
    this.status = about.status();
    this.statusSince = about.statusSince();
    this.recipient = recipient;
    this.sentAt = sentAt;
  }

  public UUID businessId() {
    return businessId;
  }

  public Kind kind() {
    return kind;
  }

  public KybStatus status() {
    return status;
  }

  public String recipient() {
    return recipient;
  }

  public Instant sentAt() {
    return sentAt;
  }
}
