package com.vita.platform.audit;

import com.vita.platform.http.CurrentRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Records security-relevant actions in {@code audit_event} and as one line on the {@code
 * com.vita.audit} logger. A record joins the caller's transaction when there is one (one pooled
 * connection per request, not two: a registration burst must not need twice the pool), so it shares
 * the action's fate: an action rolled back did not happen. A caller that records a refusal and then
 * rolls back uses {@link #recordEvenOnRollback}, or does not roll back for that problem ({@code
 * dontRollbackOn}, as a replayed refresh token does); outside a transaction (a failed login) the
 * record gets one of its own. A record that cannot be written fails the caller, because an action
 * that must be audited should not happen unaudited. The client address and request id come from the
 * request being served.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class AuditTrail {

  private static final System.Logger AUDIT_LOG = System.getLogger("com.vita.audit");

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  /**
   * Records the action in the caller's transaction, or in one of its own when there is none.
   *
   * @param action dotted lower-case name, e.g. {@code auth.login.failure}
   * @param actorId the account that acted, or null (nobody signed in)
   * @param subject what it acted on (a user id, an e-mail hash), or null
   * @param details extra facts, or null; never passwords, tokens or other secrets (keys that look
   *     like them are dropped)
   * @throws IllegalArgumentException when the action is not a dotted lower-case name
   */
  public void record(String action, UUID actorId, String subject, Map<String, String> details) {
    write(action, actorId, subject, details);
  }

  /**
   * Records the action in a transaction of its own, committed even when the caller's rolls back:
   * for a refusal inside a transaction that is about to fail. Takes a second pooled connection, so
   * not for hot paths.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordEvenOnRollback(
      String action, UUID actorId, String subject, Map<String, String> details) {
    write(action, actorId, subject, details);
  }

  void on(@Observes AuditedAction action) {
    write(action.action(), action.actorId(), action.subject(), action.details());
  }

  // Private, so the observer's call is not intercepted again into a second transaction.
  private void write(String action, UUID actorId, String subject, Map<String, String> details) {
    AuditEvent event =
        new AuditEvent(
            Instant.now(),
            action,
            actorId,
            subject,
            CurrentRequest.clientIp(),
            CurrentRequest.id(),
            AuditDetails.withoutSecrets(details));
    entityManager.persist(event);
    entityManager.flush(); // fail here, before the log line claims the record exists
    AUDIT_LOG.log(
        System.Logger.Level.INFO,
        "{0} actor={1} subject={2} ip={3} details={4} id={5}",
        event.action(),
        event.actorId(),
        event.subject(),
        event.ip(),
        event.details(),
        String.valueOf(event.id())); // MessageFormat would group digits: 1,234
  }
}
