package com.vita.auth.control;

import com.vita.auth.entity.Account;
import com.vita.auth.entity.EmailAddress;
import com.vita.platform.audit.AuditTrail;
import com.vita.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first operators, named by {@code AUTH_ADMIN_EMAILS}. Their accounts register as buyers like
 * everyone's and become admins when the address is verified: whoever registers such an address
 * first proves nothing until the mail to it comes back (issue 10, finding 8). Chosen over creating
 * the admin at start-up from a configured password (Keycloak's way): no password in the
 * environment, and an operator signs up through the same path as everyone else.
 */
@ApplicationScoped
public class ConfiguredAdmins {

  // A plain Optional<String>: Payara cannot inject Optional<List<String>>.
  @Inject
  @ConfigProperty(name = "auth.admin-emails")
  Optional<String> adminEmails;

  @Inject AuditTrail audit;

  public boolean isConfigured(EmailAddress email) {
    return adminEmails.stream()
        .flatMap(list -> Arrays.stream(list.split(",")))
        .filter(entry -> !entry.isBlank())
        .map(EmailAddress::normalised)
        .anyMatch(email::equals);
  }

  /**
   * Grants admin to a verified configured address that lacks it. Like every role change it ends the
   * account's earlier access tokens: the next one (refresh or login) carries the role.
   */
  public void promoteIfConfigured(Account account, Instant now) {
    if (!account.isEmailVerified()
        || account.roles().contains(Role.ADMIN)
        || !isConfigured(account.email())) {
      return;
    }
    String before = Accounts.rolesOf(account);
    account.grant(Role.ADMIN, now);
    account.endIssuedAccessTokens(now);
    audit.record(
        "auth.role.change",
        null, // the configuration decided it, not a VITA account
        account.id().toString(),
        Map.of(
            "before", before, "after", Accounts.rolesOf(account), "source", "auth.admin-emails"));
  }
}
