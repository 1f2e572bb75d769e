package com.vita.auth.control;

import com.vita.auth.entity.Account;
import com.vita.auth.entity.EmailAddress;
import com.vita.auth.entity.PasswordResetRequested;
import com.vita.auth.entity.PasswordResetToken;
import com.vita.platform.audit.AuditTrail;
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
  @Inject PasswordHasher passwords;
  @Inject Sessions sessions;
  @Inject AuditTrail audit;
  @Inject Event<PasswordResetRequested> requested;

  @Inject
  @ConfigProperty(name = "auth.password-reset.ttl-seconds", defaultValue = "1800")
  long ttlSeconds;

  Clock clock = Clock.systemUTC();

  @Transactional
  public void request(EmailAddress email) {
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

  @Transactional
  public void reset(String token, char[] newPassword) {
    Instant now = clock.instant();
    PasswordResetToken reset =
        secrets.redeem(
            PasswordResetToken.class, token, now, "The reset token is invalid or has expired");
    Account account = accounts.get(reset.accountId());
    account.changePassword(passwords.hash(newPassword), now);
    sessions.closeAll(account.id());
    audit.record("auth.password.reset", account.id(), account.id().toString(), Map.of());
  }
}
