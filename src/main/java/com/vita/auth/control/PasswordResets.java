package com.vita.auth.control;

import com.vita.auth.entity.Account;
import com.vita.auth.entity.EmailAddress;
import com.vita.auth.entity.PasswordResetRequested;
import com.vita.auth.entity.PasswordResetToken;
import com.vita.platform.audit.AuditTrail;
import com.vita.platform.ratelimit.FailureLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgotten passwords: a one-time token by e-mail, valid 30 minutes, that sets a new password and
 * ends every session of the account. Only the newest token sent works: asking again ends the
 * earlier ones, and using one ends any other. Asking for one says nothing about whether the e-mail
 * has an account.
 */
@ApplicationScoped
public class PasswordResets {

  @Inject OneTimeSecrets secrets;
  @Inject Accounts accounts;
  @Inject Sessions sessions;
  @Inject AuditTrail audit;
  @Inject Event<PasswordResetRequested> requested;
  @Inject FailureLimiter limiter;

  /**
   * Reset e-mails one e-mail address is sent per sensitive window; further requests send nothing.
   */
  @Inject
  @ConfigProperty(name = "auth.password-reset.max-mails", defaultValue = "3")
  int maxMails;

  @Inject
  @ConfigProperty(name = "auth.password-reset.ttl-seconds", defaultValue = "1800")
  long ttlSeconds;

  Clock clock = Clock.systemUTC();

  /**
   * Sends a reset link, unless this e-mail address was already sent {@code
   * auth.password-reset.max-mails} within the window: then nothing happens, with the same answer,
   * and the last link sent still works (a stranger asking again and again can neither flood the
   * inbox nor end the owner's link, and no 429 tells anyone anything).
   */
  @Transactional
  public void request(EmailAddress email) {
    if (!limiter.spend(
        "password-reset-mail", SensitiveAttempts.accountKey(email.value()), maxMails)) {
      return;
    }
    Optional<Account> account = accounts.byEmail(email);
    if (account.isEmpty()) {
      return;
    }
    String token =
        secrets.issue(
            PasswordResetToken.class,
            PasswordResetToken::issue,
            account.get().id(),
            Duration.ofSeconds(ttlSeconds),
            clock.instant());
    requested.fire(new PasswordResetRequested(email, account.get().displayName(), token));
  }

  /**
   * Sets the new password, hashed beforehand ({@link PasswordHasher#hash}, outside the
   * transaction).
   */
  @Transactional
  public void reset(String token, String newPasswordHash) {
    Instant now = clock.instant();
    PasswordResetToken reset =
        secrets.redeem(
            PasswordResetToken.class, token, now, "The reset token is invalid or has expired");
    Account account = accounts.get(reset.accountId());
    account.changePassword(newPasswordHash, now);
    sessions.closeAll(account.id());
    audit.record("auth.password.reset", account.id(), account.id().toString(), Map.of());
  }
}
