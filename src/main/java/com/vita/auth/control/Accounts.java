package com.vita.auth.control;

import com.vita.auth.entity.Account;
import com.vita.auth.entity.EmailAddress;
import com.vita.auth.entity.PersonName;
import com.vita.platform.audit.AuditTrail;
import com.vita.platform.persistence.UniqueViolation;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** Creating accounts, checking their passwords, and changing what they are and may do. */
@ApplicationScoped
public class Accounts {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String EMAIL_UNIQUE = "account_email_unique";

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject PasswordHasher passwords;
  @Inject AuditTrail audit;
  @Inject MetricRegistry metrics;
  @Inject Sessions sessions;

  @Inject Usernames usernames;
  @Inject EmailVerifications verifications;

  Clock clock = Clock.systemUTC();

  /**
   * A new buyer account, its address not yet verified (a link is mailed to it); 409 when the e-mail
   * already has one. An {@code AUTH_ADMIN_EMAILS} address becomes admin only once verified.
   */
  @Transactional
  public Account register(EmailAddress email, char[] password, PersonName name) {
    if (byEmail(email).isPresent()) {
      throw new ProblemException(ProblemType.CONFLICT, "An account with this e-mail exists");
    }
    String hash = passwords.hash(password);
    Account account =
        Account.register(
            email, hash, name, usernames.freeFor(name.display(), email), clock.instant());
    persistNew(account);
    verifications.sendTo(account);
    audit.record(
        "auth.register", account.id(), account.id().toString(), Map.of("roles", rolesOf(account)));
    return account;
  }

  /**
   * A new buyer account for a person an external issuer vouches for (its address verified). Its
   * password hash is of 32 random bytes nobody ever sees, so it cannot log in with a password until
   * a reset sets one.
   */
  @Transactional
  public Account registerExternal(EmailAddress email, String displayName) {
    Instant now = clock.instant();
    Account account =
        Account.register(
            email,
            unusablePasswordHash(),
            PersonName.displayed(displayName),
            usernames.freeFor(displayName, email),
            now);
    account.verifyEmail(now);
    persistNew(account);
    audit.record(
        "auth.register",
        account.id(),
        account.id().toString(),
        Map.of("roles", rolesOf(account), "source", "external"));
    return account;
  }

  /**
   * The external issuer has just proven the address of an account that never verified it. Whoever
   * registered it chose its password without proving the address (perhaps to wait for its owner):
   * that password and every session end, and the address counts as verified.
   */
  @Transactional
  public void confirmedByIssuer(Account account) {
    if (account.isEmailVerified()) {
      return;
    }
    Instant now = clock.instant();
    account.changePassword(unusablePasswordHash(), now);
    account.verifyEmail(now);
    sessions.closeAll(account.id());
    audit.record(
        "auth.email.verified",
        account.id(),
        account.id().toString(),
        Map.of("domain", account.email().domain(), "source", "external"));
  }

  /**
   * The account these credentials prove, or a 401 that is the same whether the e-mail is unknown or
   * the password wrong, and takes the same time.
   */
  public Account authenticate(EmailAddress email, char[] password) {
    Optional<Account> account = byEmail(email);
    boolean proven =
        account.isPresent() && passwords.matches(password, account.get().passwordHash());
    if (account.isEmpty()) {
      passwords.burnTime(password);
    }
    metrics.counter("auth_attempts", new Tag("result", proven ? "success" : "failure")).inc();
    if (!proven) {
      audit.record(
          "auth.login.failure",
          account.map(Account::id).orElse(null),
          OpaqueTokens.hashOf(email.value()).substring(0, 16),
          Map.of("known", Boolean.toString(account.isPresent())));
      throw invalidCredentials();
    }
    audit.record("auth.login.success", account.get().id(), account.get().id().toString(), Map.of());
    return account.get();
  }

  public Account get(UUID id) {
    Account account = entityManager.find(Account.class, id);
    if (account == null) {
      throw new NotFoundProblem("No such account");
    }
    return account;
  }

  @Transactional
  public Account rename(UUID id, String displayName) {
    Account account = get(id);
    account.rename(displayName.strip(), clock.instant());
    return account;
  }

  /** Self-service: any buyer may also sell (stores still need an approved KYB to open). */
  @Transactional
  public Account becomeSeller(UUID id) {
    Account account = get(id);
    account.grant(Role.SELLER, clock.instant());
    return account;
  }

  /** An admin sets another account's roles; nobody changes their own. */
  @Transactional
  public Account assignRoles(UUID adminId, UUID accountId, Set<Role> roles) {
    if (adminId.equals(accountId)) {
      throw new ProblemException(ProblemType.FORBIDDEN, "Nobody may change their own roles");
    }
    Account account = get(accountId);
    String before = rolesOf(account);
    account.assignRoles(roles, clock.instant());
    audit.record(
        "auth.role.change",
        adminId,
        accountId.toString(),
        Map.of("before", before, "after", rolesOf(account)));
    return account;
  }

  public Optional<Account> byEmail(EmailAddress email) {
    return entityManager
        .createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", email.value())
        .getResultStream()
        .findFirst();
  }

  /**
   * Inserts now, so that a concurrent registration of the same e-mail that passed the lookup fails
   * here on the unique constraint, as the 409 it is; a lost connection or a broken check is not
   * "already registered".
   */
  private void persistNew(Account account) {
    UniqueViolation.insertNow(
        entityManager,
        account,
        EMAIL_UNIQUE,
        () -> new ProblemException(ProblemType.CONFLICT, "An account with this e-mail exists"));
  }

  private String unusablePasswordHash() {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    return passwords.hash(Base64.getEncoder().encodeToString(random).toCharArray());
  }

  static String rolesOf(Account account) {
    return account.roles().stream().map(Role::claim).sorted().collect(Collectors.joining(","));
  }

  private static ProblemException invalidCredentials() {
    return new ProblemException(ProblemType.UNAUTHORIZED, "E-mail or password is incorrect");
  }
}
