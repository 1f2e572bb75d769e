package com.vita.kyc.control;

import com.vita.kyc.entity.KycStatus;
import com.vita.kyc.entity.KycVerification;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.platform.problems.UnavailableProblem;
import com.vita.platform.providers.ProviderRefused;
import com.vita.platform.providers.ProviderUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Starts a person's identity check: a DIDIT session (or a local one in the sandbox), stored, and
 * the account moved to pending. DIDIT is called outside any transaction, so a slow DIDIT never
 * holds a database connection.
 */
@ApplicationScoped
public class KycInitiation {

  static final String DIDIT = "didit";
  static final String SANDBOX = "sandbox";

  private static final System.Logger LOG = System.getLogger(KycInitiation.class.getName());

  @Inject KycMode mode;
  @Inject DiditGateway didit;
  @Inject KycVerifications verifications;

  /** Where the person goes next, and whether it is only the sandbox. */
  public record Started(String sessionId, String redirectUrl, String status, boolean sandbox) {}

  public Started start(UUID accountId) {
    KycStatus current =
        KycStatus.of(verifications.stateOf(accountId).state()).orElse(KycStatus.NOT_STARTED);
    if (!current.mayStartCheck()) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          current == KycStatus.APPROVED
              ? "Your identity is already verified"
              : "Your identity check is being reviewed");
    }
    if (mode.sandbox()) {
      String id = "sandbox-" + UUID.randomUUID();
      DiditSession session =
          new DiditSession(id, "/api/v1/kyc/sandbox/" + id, KycVerification.NOT_STARTED);
      KycVerification stored = verifications.open(accountId, SANDBOX, session);
      return new Started(id, session.url(), stored.status().value(), true);
    }
    DiditSession session;
    try {
      session = didit.createSession(accountId);
    } catch (ProviderUnavailable
        | ProviderRefused
        | FaultToleranceException
        | ProcessingException e) {
      LOG.log(System.Logger.Level.WARNING, "DIDIT session not created: {0}", e.toString());
      // Retry-After: the breaker's delay; by then an open circuit lets DIDIT be tried again.
      throw new UnavailableProblem(
          "Identity verification is unavailable; try again later", didit.retryAfterSeconds());
    }
    KycVerification stored = verifications.open(accountId, DIDIT, session);
    return new Started(session.sessionId(), session.url(), stored.status().value(), false);
  }
}
