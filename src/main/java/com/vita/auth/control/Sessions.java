package com.vita.auth.control;

import com.vita.auth.entity.Account;
import com.vita.auth.entity.RefreshToken;
import com.vita.platform.audit.AuditTrail;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
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
 * Login sessions as families of rotating refresh tokens. Every refresh spends the presented token
 * and issues the next one of its family; presenting a spent token means two parties hold it, so the
 * whole family is revoked and both must log in again.
 */
@ApplicationScoped
public class Sessions {

  private static final System.Logger LOG = System.getLogger(Sessions.class.getName());

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject AccessTokens accessTokens;
  @Inject AuditTrail audit;

  @Inject
  @ConfigProperty(name = "jwt.refresh-token.ttl-seconds", defaultValue = "2592000")
  long refreshTtlSeconds;

  Clock clock = Clock.systemUTC();

  /** A new session (new family) for an account that just proved who it is. */
  @Transactional
  public TokenPair open(Account account) {
    return issue(account, UUID.randomUUID(), clock.instant());
  }

  /** Spends the refresh token and issues the next pair; a replay revokes the family. */
  @Transactional(dontRollbackOn = ProblemException.class)
  public TokenPair rotate(String refreshToken) {
    Instant now = clock.instant();
    RefreshToken presented = find(refreshToken);
    if (presented.isSpent()) {
      revokeFamily(presented.familyId(), now);
      // Someone holds a stolen copy: whatever access tokens it got end too.
      entityManager.find(Account.class, presented.accountId()).endIssuedAccessTokens(now);
      LOG.log(
          System.Logger.Level.WARNING,
          "Refresh token replayed: session family {0} of account {1} revoked",
          presented.familyId(),
          presented.accountId());
      audit.record(
          "auth.refresh.reuse",
          presented.accountId(),
          presented.accountId().toString(),
          Map.of("family", presented.familyId().toString()));
      throw new RefreshTokenReusedProblem(presented.accountId());
    }
    if (presented.isExpired(now)) {
      throw invalid();
    }
    presented.spend(now);
    Account account = entityManager.find(Account.class, presented.accountId());
    return issue(account, presented.familyId(), now);
  }

  /** Ends the session the refresh token belongs to, if the token is the account's. */
  @Transactional
  public void close(UUID accountId, String refreshToken) {
    RefreshToken presented = find(refreshToken);
    if (!presented.accountId().equals(accountId)) {
      throw invalid();
    }
    revokeFamily(presented.familyId(), clock.instant());
  }

  /** Ends every session of the account (password reset, compromise). */
  @Transactional
  public void closeAll(UUID accountId) {
    entityManager
        .createNamedQuery(RefreshToken.REVOKE_ACCOUNT)
        .setParameter("now", clock.instant())
        .setParameter("account", accountId)
        .executeUpdate();
  }

  private TokenPair issue(Account account, UUID family, Instant now) {
    String refresh = OpaqueTokens.newToken();
    entityManager.persist(
        RefreshToken.issue(
            account.id(),
            family,
            OpaqueTokens.hashOf(refresh),
            now,
            now.plus(Duration.ofSeconds(refreshTtlSeconds))));
    return new TokenPair(
        account.id(), accessTokens.issueFor(account, now), refresh, accessTokens.lifetime());
  }

  private RefreshToken find(String refreshToken) {
    return entityManager
        .createNamedQuery(RefreshToken.BY_HASH, RefreshToken.class)
        .setParameter("hash", OpaqueTokens.hashOf(refreshToken))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE) // two concurrent refreshes: one wins
        .getResultStream()
        .findFirst()
        .orElseThrow(Sessions::invalid);
  }

  private void revokeFamily(UUID family, Instant now) {
    entityManager
        .createNamedQuery(RefreshToken.REVOKE_FAMILY)
        .setParameter("now", now)
        .setParameter("family", family)
        .executeUpdate();
  }

  private static ProblemException invalid() {
    return new ProblemException(ProblemType.UNAUTHORIZED, "The refresh token is not valid");
  }
}
