package com.vita.kyc.control;

import com.vita.platform.hashing.Sha256;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Receives DIDIT's webhook: signature first (401 and nothing read otherwise), then the JSON (400),
 * then a body received before is refused (409, a replay), then the report applied. An unknown
 * session or status is answered 200 and ignored: DIDIT retries 404s and 5xx, and retrying a session
 * this VITA never opened (another environment on the same DIDIT application) can never succeed.
 */
@ApplicationScoped
public class DiditWebhooks {

  private static final System.Logger LOG = System.getLogger(DiditWebhooks.class.getName());

  @Inject
  @ConfigProperty(name = "kyc.didit.webhook-secret")
  Optional<String> secret;

  @Inject
  @ConfigProperty(name = "kyc.didit.webhook-tolerance-seconds", defaultValue = "300")
  long toleranceSeconds;

  @Inject KycVerifications verifications;

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  Clock clock = Clock.systemUTC();

  /** What became of a delivery. */
  public enum Outcome {
    APPLIED,
    IGNORED
  }

  @Transactional
  public Outcome receive(byte[] body, String signature, String timestamp) {
    DiditSignature expected =
        new DiditSignature(secret.orElse(""), Duration.ofSeconds(toleranceSeconds));
    Optional<String> refusal = expected.refusal(body, signature, timestamp, clock.instant());
    if (refusal.isPresent()) {
      LOG.log(System.Logger.Level.WARNING, "DIDIT webhook refused: {0}", refusal.get());
      throw new ProblemException(ProblemType.UNAUTHORIZED, "The webhook signature is not valid");
    }
    DiditReport report;
    try {
      report = DiditReport.parse(body);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          ProblemType.MALFORMED_REQUEST, "The webhook body is not a DIDIT session event");
    }
    if (!firstDelivery(body, report.sessionId())) {
      LOG.log(
          System.Logger.Level.WARNING,
          "DIDIT webhook for session {0} refused: this body was already received",
          report.sessionId());
      throw new ProblemException(
          ProblemType.CONFLICT, "This webhook delivery was already received");
    }
    if (report.status().isEmpty()) {
      LOG.log(
          System.Logger.Level.WARNING,
          "DIDIT webhook for session {0} with unknown status {1} ignored",
          report.sessionId(),
          report.providerStatus());
      return Outcome.IGNORED;
    }
    boolean known =
        verifications.report(
            report.sessionId(),
            report.providerStatus(),
            report.status().get(),
            report.reopens(),
            report.summary(),
            null);
    if (!known) {
      LOG.log(
          System.Logger.Level.INFO,
          "DIDIT webhook for unknown session {0} ignored",
          report.sessionId());
      return Outcome.IGNORED;
    }
    return Outcome.APPLIED;
  }

  /**
   * Records the delivery; false when its body was received before. A concurrent identical delivery
   * waits on the unique key and then finds it taken. The record rolls back with a failed delivery,
   * so DIDIT's retry of it is accepted.
   */
  private boolean firstDelivery(byte[] body, String sessionId) {
    int recorded =
        entityManager
            .createNativeQuery(
                "insert into kyc_webhook_delivery (body_sha256, session_id, received_at)"
                    + " values (?1, ?2, ?3) on conflict do nothing")
            .setParameter(1, Sha256.hex(body))
            .setParameter(2, sessionId)
            .setParameter(3, clock.instant())
            .executeUpdate();
    return recorded == 1;
  }
}
