package com.vita.auth.control;

import com.vita.auth.entity.OneTimeSecret;
import com.vita.platform.problems.BadRequestProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The life of every e-mailed one-time secret (password resets, e-mail verification), whatever its
 * kind: issued as a random token stored only as its hash ({@link OpaqueTokens}), redeemed once
 * under a row lock (two uses at once: one wins), and only the newest of an account's works: issuing
 * or redeeming one ends the others of its kind. Callers run inside their own transaction.
 */
@ApplicationScoped
public class OneTimeSecrets {

  /** Makes the entity of one kind of secret. */
  @FunctionalInterface
  public interface Kind<T extends OneTimeSecret> {
    T issue(UUID accountId, String tokenHash, Instant now, Instant expiresAt);
  }

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  /** A new secret for the account, ending its earlier ones; the token is for the e-mail only. */
  public <T extends OneTimeSecret> String issue(
      Class<T> type, Kind<T> kind, UUID accountId, Duration ttl, Instant now) {
    endUnused(type, accountId, now);
    String token = OpaqueTokens.newToken();
    entityManager.persist(kind.issue(accountId, OpaqueTokens.hashOf(token), now, now.plus(ttl)));
    return token;
  }

  /**
   * Spends the secret and ends the account's others of its kind.
   *
   * @throws BadRequestProblem (400) with {@code refusal} when it is unknown, used or expired
   */
  public <T extends OneTimeSecret> T redeem(
      Class<T> type, String token, Instant now, String refusal) {
    T secret =
        entityManager
            .createQuery("select t from " + entityName(type) + " t where t.tokenHash = :hash", type)
            .setParameter("hash", OpaqueTokens.hashOf(token))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .filter(t -> t.isUsable(now))
            .orElseThrow(() -> new BadRequestProblem(refusal));
    secret.use(now);
    endUnused(type, secret.accountId(), now);
    return secret;
  }

  /** When the oldest of the account's secrets issued since then was issued, and how many. */
  public Issued issuedSince(Class<? extends OneTimeSecret> type, UUID accountId, Instant since) {
    Object[] row =
        entityManager
            .createQuery(
                "select count(t), min(t.issuedAt) from "
                    + entityName(type)
                    + " t where t.accountId = :account and t.issuedAt > :since",
                Object[].class)
            .setParameter("account", accountId)
            .setParameter("since", since)
            .getSingleResult();
    return new Issued(((Number) row[0]).intValue(), Optional.ofNullable((Instant) row[1]));
  }

  /** How many secrets were issued in a window, and when the first of them was. */
  public record Issued(int count, Optional<Instant> oldest) {}

  private void endUnused(Class<? extends OneTimeSecret> type, UUID accountId, Instant now) {
    entityManager
        .createQuery(
            "update "
                + entityName(type)
                + " t set t.usedAt = :now where t.accountId = :account and t.usedAt is null")
        .setParameter("account", accountId)
        .setParameter("now", now)
        .executeUpdate();
  }

  private String entityName(Class<?> type) {
    return entityManager.getMetamodel().entity(type).getName();
  }
}
