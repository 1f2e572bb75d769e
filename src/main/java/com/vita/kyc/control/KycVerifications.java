package com.vita.kyc.control;

import com.vita.auth.control.AccountCard;
import com.vita.auth.control.AccountDirectory;
import com.vita.kyc.entity.KycStatus;
import com.vita.kyc.entity.KycStatusChanged;
import com.vita.kyc.entity.KycVerification;
import com.vita.platform.audit.AuditTrail;
import com.vita.platform.problems.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The verification sessions and what providers report about them, and the account's KYC state that
 * follows (its newest session's, {@link #currentStatus}). Every change of that state is audited
 * ({@code kyc.status.change}) and announced ({@link KycStatusChanged}).
 */
@ApplicationScoped
public class KycVerifications {

  private static final System.Logger LOG = System.getLogger(KycVerifications.class.getName());

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject AccountDirectory accounts;
  @Inject AuditTrail audit;
  @Inject Event<KycStatusChanged> changes;

  Clock clock = Clock.systemUTC();

  /** Stores a session just opened and moves the account to pending. */
  @Transactional
  public KycVerification open(UUID accountId, String provider, DiditSession session) {
    KycStatus before = currentStatus(accountId);
    Optional<KycVerification> known = bySession(session.sessionId(), false);
    // DIDIT hands back the unfinished session of the same vendor_data rather than a new one.
    KycVerification verification =
        known.orElseGet(
            () -> {
              KycVerification fresh =
                  KycVerification.open(
                      accountId,
                      provider,
                      session.sessionId(),
                      session.providerStatus(),
                      clock.instant());
              entityManager.persist(fresh);
              return fresh;
            });
    moveAccount(accountId, before, KycStatus.PENDING, verification, null, accountId);
    return verification;
  }

  /**
   * Applies a provider's report. Idempotent: the same report again changes nothing.
   *
   * @param actorId who reported: null for the provider's webhook, the admin in the sandbox
   * @return false when no session has this id (nothing changed)
   */
  @Transactional
  public boolean report(
      String sessionId,
      String providerStatus,
      KycStatus status,
      boolean reopens,
      Map<String, String> summary,
      UUID actorId) {
    Optional<KycVerification> found = bySession(sessionId, true);
    if (found.isEmpty()) {
      return false;
    }
    KycVerification verification = found.get();
    KycStatus before = verification.status();
    if (verification.report(status, providerStatus, reopens, summary, clock.instant())) {
      LOG.log(
          System.Logger.Level.INFO,
          "KYC session {0} of account {1}: {2} ({3})",
          sessionId,
          verification.accountId(),
          verification.status().value(),
          providerStatus);
      // A late report about an older session is kept with it, but the account follows its newest.
      if (isNewest(verification)) {
        moveAccount(
            verification.accountId(),
            before,
            verification.status(),
            verification,
            providerStatus,
            actorId);
      }
    }
    return true;
  }

  /** A sandbox session, for an admin's decision; 404 for any other. */
  public KycVerification sandboxSession(String sessionId) {
    return bySession(sessionId, false)
        .filter(v -> KycInitiation.SANDBOX.equals(v.provider()))
        .orElseThrow(() -> new NotFoundProblem("No such sandbox session"));
  }

  /** The account's sessions, newest first. */
  public List<KycVerification> of(UUID accountId) {
    return entityManager
        .createNamedQuery(KycVerification.OF_ACCOUNT, KycVerification.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  /** The account's state and when it last changed (its newest session, else its creation). */
  public KycState stateOf(UUID accountId) {
    AccountCard account = accounts.get(accountId);
    List<KycVerification> sessions = of(accountId);
    Instant updatedAt =
        sessions.stream()
            .map(KycVerification::updatedAt)
            .max(Instant::compareTo)
            .orElse(account.createdAt());
    return new KycState(accountId, statusOf(sessions).value(), updatedAt);
  }

  /**
   * The account's KYC state: its newest session's, or not started without one. A late report about
   * an older session is kept with that session and does not move the account.
   */
  public KycStatus currentStatus(UUID accountId) {
    return statusOf(of(accountId));
  }

  private static KycStatus statusOf(List<KycVerification> newestFirst) {
    return newestFirst.isEmpty() ? KycStatus.NOT_STARTED : newestFirst.get(0).status();
  }

  /** What the status endpoint shows. */
  public record KycState(UUID userId, String state, Instant updatedAt) {}

  private void moveAccount(
      UUID accountId,
      KycStatus before,
      KycStatus to,
      KycVerification verification,
      String providerStatus,
      UUID actorId) {
    if (before == to) {
      return;
    }
    audit.record(
        "kyc.status.change",
        actorId,
        accountId.toString(),
        Map.of(
            "from", before.value(),
            "to", to.value(),
            "provider", verification.provider(),
            "session", verification.providerSessionId(),
            "providerStatus",
                providerStatus == null ? verification.providerStatus() : providerStatus));
    AccountCard account = accounts.get(accountId);
    changes.fire(
        new KycStatusChanged(accountId, account.email(), account.displayName(), before, to));
  }

  private boolean isNewest(KycVerification verification) {
    List<KycVerification> all = of(verification.accountId());
    return all.isEmpty() || all.get(0).id().equals(verification.id());
  }

  private Optional<KycVerification> bySession(String sessionId, boolean lock) {
    var query =
        entityManager
            .createNamedQuery(KycVerification.BY_SESSION, KycVerification.class)
            .setParameter("session", sessionId);
    if (lock) {
      // Two deliveries of one session at once: the second waits and then sees the first's result.
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultStream().findFirst();
  }
}
