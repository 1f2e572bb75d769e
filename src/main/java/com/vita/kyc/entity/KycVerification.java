package com.vita.kyc.entity;

import com.vita.platform.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One identity-check session VITA opened with a provider, and what the provider decided. */
@Entity
@Table(name = "kyc_verification")
@NamedQuery(
    name = KycVerification.BY_SESSION,
    query = "select v from KycVerification v where v.providerSessionId = :session")
@NamedQuery(
    name = KycVerification.OF_ACCOUNT,
    query =
        "select v from KycVerification v where v.accountId = :account order by v.createdAt desc")
public class KycVerification extends TrackedEntity {

  public static final String BY_SESSION = "KycVerification.bySession";
  public static final String OF_ACCOUNT = "KycVerification.ofAccount";

  /** The provider status a sandbox session starts with, named like DIDIT's. */
  public static final String NOT_STARTED = "Not Started";

  @Id private UUID id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(name = "provider", nullable = false, updatable = false, length = 20)
  private String provider;

  @Column(name = "provider_session_id", nullable = false, updatable = false, length = 100)
  private String providerSessionId;

  @Column(name = "status", nullable = false, length = 20)
  private KycStatus status;

  @Column(name = "provider_status", nullable = false, length = 40)
  private String providerStatus;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "decision", nullable = false)
  private Map<String, String> decision;

  protected KycVerification() {}

  public static KycVerification open(
      UUID accountId, String provider, String sessionId, String providerStatus, Instant now) {
    KycVerification v = new KycVerification();
    v.id = UUID.randomUUID();
    v.accountId = accountId;
    v.provider = provider;
    v.providerSessionId = sessionId;
    v.status = KycStatus.PENDING;
    v.providerStatus = providerStatus;
    v.decision = Map.of();
    v.created(now);
    return v;
  }

  /**
   * Applies what the provider reports; true when anything changed. The same report twice changes
   * nothing (webhooks are delivered at least once). Deliveries may arrive out of order, so a late
   * "still in progress" never undoes a decision; only a resubmission (the provider asked the person
   * for new steps) reopens one.
   */
  public boolean report(
      KycStatus newStatus,
      String newProviderStatus,
      boolean reopens,
      Map<String, String> summary,
      Instant now) {
    if (newStatus == KycStatus.NOT_STARTED) {
      throw new IllegalArgumentException("a session cannot go back to not_started");
    }
    if (newStatus == KycStatus.PENDING && status().isDecision() && !reopens) {
      return false;
    }
    boolean changed = newStatus != status || !newProviderStatus.equals(providerStatus);
    if (!summary.isEmpty() && !summary.equals(decision)) {
      decision = Map.copyOf(summary);
      changed = true;
    }
    if (changed) {
      status = newStatus;
      providerStatus = newProviderStatus;
      touched(now);
    }
    return changed;
  }

  public UUID id() {
    return id;
  }

  public UUID accountId() {
    return accountId;
  }

  public String provider() {
    return provider;
  }

  public String providerSessionId() {
    return providerSessionId;
  }

  public KycStatus status() {
    return status;
  }

  public String providerStatus() {
    return providerStatus;
  }

  public Map<String, String> decision() {
    return decision;
  }
}
