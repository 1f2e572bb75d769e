package com.vita.auth.control;

import com.vita.auth.entity.Account;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * The question other components ask before letting an account act in public (activating a store):
 * has it proven its e-mail address? Read from the account, not from the token's {@code
 * email_verified} claim, which may be minutes old.
 */
@ApplicationScoped
public class EmailVerificationGate {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  public boolean isVerified(UUID accountId) {
    if (accountId == null) {
      return false;
    }
    Account account = entityManager.find(Account.class, accountId);
    return account != null && account.isEmailVerified();
  }

  /**
   * Lets an account with a verified address through.
   *
   * @throws ProblemException 409 when the address is not verified yet
   */
  public void requireVerified(UUID accountId) {
    if (!isVerified(accountId)) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "This needs a verified e-mail address: open the link VITA mailed you"
              + " (POST /api/v1/auth/verify-email/resend sends a new one)");
    }
  }
}
