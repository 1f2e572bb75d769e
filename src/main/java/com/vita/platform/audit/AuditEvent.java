package com.vita.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One security-relevant action, as written to {@code audit_event}. Immutable once built: the audit
 * log is only ever appended to.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  /** The same rule as the table's check: dotted lower-case words, e.g. {@code auth.logout}. */
  static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

  static final int ACTION_LENGTH = 64;
  static final int SUBJECT_LENGTH = 255;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "action", nullable = false, updatable = false, length = ACTION_LENGTH)
  private String action;

  @Column(name = "actor_id", updatable = false)
  private UUID actorId;

  @Column(name = "subject", updatable = false, length = SUBJECT_LENGTH)
  private String subject;

  @Column(name = "ip", updatable = false, length = 45)
  private String ip;

  @Column(name = "request_id", updatable = false, length = 128)
  private String requestId;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "details", nullable = false, updatable = false)
  private Map<String, String> details;

  protected AuditEvent() {}

  /**
   * @param details already free of secrets ({@link AuditDetails#withoutSecrets})
   * @throws IllegalArgumentException when the action is not a dotted lower-case name
   */
  AuditEvent(
      Instant occurredAt,
      String action,
      UUID actorId,
      String subject,
      String ip,
      String requestId,
      Map<String, String> details) {
    if (action == null || action.length() > ACTION_LENGTH || !ACTION.matcher(action).matches()) {
      throw new IllegalArgumentException("Audit actions look like auth.login.failure: " + action);
    }
    this.occurredAt = occurredAt;
    this.action = action;
    this.actorId = actorId;
    // A subject is an id or a hash; cutting an overlong one beats losing the record.
    this.subject =
        subject == null || subject.length() <= SUBJECT_LENGTH
            ? subject
            : subject.substring(0, SUBJECT_LENGTH);
    // An IPv6 zone (fe80::1%eth0) names a local interface, not the client.
    this.ip = ip == null ? null : ip.replaceFirst("%.*$", "");
    this.requestId = requestId;
    this.details = details;
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String action() {
    return action;
  }

  public UUID actorId() {
    return actorId;
  }

  public String subject() {
    return subject;
  }

  public String ip() {
    return ip;
  }

  public String requestId() {
    return requestId;
  }

  public Map<String, String> details() {
    return details;
  }
}
