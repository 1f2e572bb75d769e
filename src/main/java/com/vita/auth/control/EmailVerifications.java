package com.vita.auth.control;

import com.vita.auth.entity.Account;
import com.vita.auth.entity.EmailVerificationRequested;
import com.vita.auth.entity.EmailVerificationToken;
import com.vita.platform.audit.AuditTrail;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Proving an account's e-mail address: a one-time token mailed at registration (and again on
 * request, a few times an hour), redeemed once before it expires. Only the newest token sent works.
 * A verified address that {@code AUTH_ADMIN_EMAILS} names becomes an admin then ({@link
 * ConfiguredAdmins}); stores need a verified owner to open ({@link EmailVerificationGate}).
 */
@ApplicationScoped
public class EmailVerifications {

  static final Duration LIMIT_WINDOW = Duration.ofHours(1);

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject OneTimeSecrets secrets;
  @Inject ConfiguredAdmins admins;
  @Inject AuditTrail audit;
  @Inject Event<EmailVerificationRequested> requested;

  @Inject
  @ConfigProperty(name = "auth.email-verification.ttl-seconds", defaultValue = "86400")
  long ttlSeconds;

  @Inject
  @ConfigProperty(name = "auth.email-verification.mails-per-hour", defaultValue = "3")
  int mailsPerHour;

  Clock clock = Clock.systemUTC();

  /** The first link, for an account just registered (in the registration's transaction). */
  @Transactional
  public void sendTo(Account account) {
    send(account, clock.instant());
  }

  /**
   * Another link for a signed-in account: 409 when its address is verified already, 429 once it had
   * {@code mailsPerHour} of them (the registration's included) within the last hour.
   */
  @Transactional
  public void resend(UUID accountId) {
    // The row lock makes concurrent resends count one after the other.
    Account account = entityManager.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    if (account == null) {
      throw new NotFoundProblem("No such account");
    }
    if (account.isEmailVerified()) {
      throw new ProblemException(ProblemType.CONFLICT, "The e-mail address is verified already");
    }
    Instant now = clock.instant();
    OneTimeSecrets.Issued recent =
        secrets.issuedSince(EmailVerificationToken.class, accountId, now.minus(LIMIT_WINDOW));
    if (recent.count() >= mailsPerHour) {
      Instant free = recent.oldest().orElse(now).plus(LIMIT_WINDOW);
      throw new VerificationMailLimitProblem(
          Math.max(1, Duration.between(now, free).toSeconds() + 1));
    }
    send(account, now);
  }

  /**
   * Redeems a mailed token (400 when it is unknown, used, replaced or expired) and returns the
   * account, now verified.
   */
  @Transactional
  public Account verify(String token) {
    Instant now = clock.instant();
    EmailVerificationToken redeemed =
        secrets.redeem(
            EmailVerificationToken.class,
            token,
            now,
            "The verification token is invalid, used or expired");
    Account account = entityManager.find(Account.class, redeemed.accountId());
    account.verifyEmail(now);
    audit.record(
        "auth.email.verified",
        account.id(),
        account.id().toString(),
        Map.of("domain", account.email().domain()));
    admins.promoteIfConfigured(account, now);
    return account;
  }

  private void send(Account account, Instant now) {
    String token =
        secrets.issue(
            EmailVerificationToken.class,
            EmailVerificationToken::issue,
            account.id(),
            Duration.ofSeconds(ttlSeconds),
            now);
    requested.fire(new EmailVerificationRequested(account.email(), account.displayName(), token));
  }
}
