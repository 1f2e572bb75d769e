package com.vita.auth.control;

import com.vita.auth.entity.Account;
import com.vita.auth.entity.EmailAddress;
import com.vita.auth.entity.Username;
import com.vita.platform.audit.AuditTrail;
import com.vita.platform.hashing.Sha256;
import com.vita.platform.persistence.UniqueViolation;
import com.vita.platform.problems.BadRequestProblem;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Usernames: a free one for every new account, derived from its name ({@link Username#baseFor})
 * with a random suffix when that is taken, and changes while the account has no public store.
 *
 * <p>Race-safe without retrying a transaction (PostgreSQL aborts one after a failed insert): before
 * looking a candidate up, the transaction takes a PostgreSQL advisory lock on that very name, held
 * until it commits, so two registrations or changes aiming at one name run one after the other and
 * the second sees the first's row. The unique index stays the last word: a violation it still
 * reports is the 409 it is ({@link UniqueViolation}).
 */
@ApplicationScoped
public class Usernames {

  static final String UNIQUE = "account_username_unique";
  private static final int SUFFIXED_TRIES = 20;
  private static final String SUFFIX_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /** A username nobody has, held by this transaction until it commits. */
  public Username freeFor(String name, EmailAddress email) {
    String base = Username.baseFor(name, email);
    Optional<Username> plain = Username.plain(base);
    if (plain.isPresent() && claim(plain.get())) {
      return plain.get();
    }
    for (int i = 0; i < SUFFIXED_TRIES; i++) {
      Username candidate = Username.withSuffix(base, suffix(i < SUFFIXED_TRIES / 2 ? 4 : 8));
      if (claim(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("No free username found for base " + base);
  }

  /**
   * The account's new username: 400 when it is not one (format, reserved word), 409 when another
   * account has it or the username is locked (one of the account's stores is public).
   */
  @Transactional
  public Account change(UUID accountId, String requested) {
    Account account = entityManager.find(Account.class, accountId);
    if (account == null) {
      throw new NotFoundProblem("No such account");
    }
    if (account.isUsernameLocked()) {
      throw new ProblemException(
          ProblemType.CONFLICT, "The username is fixed: one of the account's stores is public");
    }
    Username wanted =
        Username.parse(requested)
            .orElseThrow(
                () ->
                    new BadRequestProblem(
                        "A username is 3-30 characters of a-z, 0-9 and single inner hyphens,"
                            + " and not a reserved word"));
    if (wanted.equals(account.username())) {
      return account;
    }
    if (!claim(wanted)) {
      throw taken();
    }
    String before = account.username().value();
    account.changeUsername(wanted, clock.instant());
    try {
      entityManager.flush();
    } catch (PersistenceException failure) {
      if (UniqueViolation.of(failure, UNIQUE)) {
        throw taken();
      }
      throw failure;
    }
    audit.record(
        "auth.username.change",
        accountId,
        accountId.toString(),
        Map.of("before", before, "after", wanted.value()));
    return account;
  }

  /** Locks the name for this transaction; true when nobody has it. */
  private boolean claim(Username candidate) {
    entityManager
        .createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) l")
        .setParameter(1, lockKey(candidate))
        .getSingleResult();
    return entityManager
            .createNamedQuery(Account.USERNAME_TAKEN, Long.class)
            .setParameter("username", candidate.value())
            .getSingleResult()
        == 0;
  }

  /** 64 bits of the name's SHA-256: one lock per name, apart from other advisory locks' keys. */
  static long lockKey(Username name) {
    byte[] hash =
        HexFormat.of()
            .parseHex(Sha256.hex(("username:" + name.value()).getBytes(StandardCharsets.UTF_8)));
    return ByteBuffer.wrap(hash).getLong();
  }

  private static String suffix(int length) {
    StringBuilder suffix = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      suffix.append(SUFFIX_ALPHABET.charAt(RANDOM.nextInt(SUFFIX_ALPHABET.length())));
    }
    return suffix.toString();
  }

  private static ProblemException taken() {
    return new ProblemException(ProblemType.CONFLICT, "This username is taken");
  }
}
