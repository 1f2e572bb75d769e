package com.vita.auth.control;

import com.vita.auth.entity.Account;
import com.vita.platform.audit.AuditTrail;
import com.vita.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Signs in a person whose external token was verified: the VITA account with the token's e-mail,
 * created on first sight, and a normal VITA session for it. The account's roles are the union of
 * what VITA granted (a buyer who became a seller here stays one) and what the issuer's groups say
 * now: each exchange replaces only the issuer's part, so a group removed at the issuer is a role
 * removed here at the next exchange. The issuer proved the address ({@code email_verified}), so the
 * account counts as verified; one registered here with that address but never verified loses the
 * password its registrant chose ({@link Accounts#confirmedByIssuer}).
 */
@ApplicationScoped
public class ExternalSignIn {

  @Inject ExternalIdentityProvider provider;
  @Inject Accounts accounts;
  @Inject Sessions sessions;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /** VITA's token pair for the bearer of an external token (401 when it is not valid). */
  @Transactional
  public TokenPair exchange(String externalToken) {
    ExternalIdentity identity = provider.verify(externalToken);
    boolean created = false;
    Account account = accounts.byEmail(identity.email()).orElse(null);
    if (account == null) {
      account = accounts.registerExternal(identity.email(), identity.displayName());
      created = true;
    } else {
      accounts.confirmedByIssuer(account); // the issuer checked email_verified
    }
    String before = rolesOf(account.roles());
    if (account.acceptExternalRoles(identity.roles(), clock.instant())) {
      audit.record(
          "auth.role.change",
          null, // the external issuer, not a VITA account, decided it
          account.id().toString(),
          Map.of("before", before, "after", rolesOf(account.roles()), "source", "external"));
    }
    audit.record(
        "auth.token.exchange",
        account.id(),
        account.id().toString(),
        Map.of(
            "externalSubject",
            String.valueOf(identity.subject()),
            "created",
            Boolean.toString(created),
            "roles",
            rolesOf(account.roles())));
    return sessions.open(account);
  }

  private static String rolesOf(Set<Role> roles) {
    return roles.stream().map(Role::claim).sorted().collect(Collectors.joining(","));
  }
}
