package com.vita.platform.idempotency;

import com.vita.platform.hashing.Sha256;
import com.vita.platform.persistence.SqlValues;
import com.vita.platform.problems.BadRequestProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes a request safe to retry with an {@code Idempotency-Key}, as Stripe's API does: the first
 * successful response (status and body) is kept with a hash of the request (method, path, caller,
 * body) for {@code idempotency.retention}; the same key with the same request gets that response
 * again, with another request 422, and while the first is still running 409.
 *
 * <p>The work, the kept response and the key share one transaction, so a response is kept if and
 * only if its effect was committed. A request that fails (a problem, a crash) keeps nothing: a
 * retry runs again, which is what a client wants after a 409 for stock or a 5xx. Keys are scoped
 * per caller, so two callers cannot collide or read each other's responses. A transaction-level
 * advisory lock on the key is taken without waiting: a concurrent duplicate is refused at once
 * instead of queueing behind the first.
 */
@ApplicationScoped
public class IdempotentRequests {

  /** The request header. */
  public static final String HEADER = "Idempotency-Key";

  /** The response header on a replay. */
  public static final String REPLAYED = "Idempotent-Replayed";

  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject
  @ConfigProperty(name = "idempotency.retention", defaultValue = "PT24H")
  Duration retention;

  Clock clock = Clock.systemUTC();

  /** A keyed request: who sent it, its key and the hash of what it asked. */
  public record Request(String scope, String key, String hash) {}

  /** What the work answered: a status and a body that JSON-B writes. */
  public record Outcome(int status, Object body) {}

  /** The response to send: the body as JSON text, and whether it is a replay of a kept one. */
  public record Reply(int status, String body, boolean replayed) {

    /** As a JSON response, marked {@value #REPLAYED} when it is a replay. */
    public jakarta.ws.rs.core.Response response() {
      jakarta.ws.rs.core.Response.ResponseBuilder response =
          jakarta.ws.rs.core.Response.status(status)
              .entity(body)
              .type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
      if (replayed) {
        response.header(REPLAYED, "true");
      }
      return response.build();
    }
  }

  /**
   * The request as this class keys it.
   *
   * @param key the header's value; 400 when missing or not 1–255 visible ASCII characters
   * @param body the parsed request body, hashed in its JSON-B form (so spacing does not matter)
   */
  public static Request request(String key, String method, String path, UUID caller, Object body) {
    if (key == null || key.isBlank()) {
      throw new BadRequestProblem("The " + HEADER + " header is required");
    }
    if (!KEY.matcher(key).matches()) {
      throw new BadRequestProblem(
          "An " + HEADER + " is 1 to 255 visible ASCII characters (a UUID is a good one)");
    }
    String canonical =
        String.join("\n", method, path, caller.toString(), body == null ? "" : JSON.toJson(body));
    return new Request(
        caller.toString(), key, Sha256.hex(canonical.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Runs the work once per key, or replays what it answered the first time.
   *
   * @throws ProblemException 422 when the key was used for another request, 409 while a request
   *     with the key is still running
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public Reply run(Request request, Supplier<Outcome> work) {
    if (!lockTaken(request)) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "A request with this " + HEADER + " is still being processed; retry later");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    List<?> kept =
        entityManager
            .createNativeQuery(
                "select request_hash, response_status, response_body, expires_at"
                    + " from idempotency_key where scope = ?1 and idempotency_key = ?2")
            .setParameter(1, request.scope())
            .setParameter(2, request.key())
            .getResultList();
    if (!kept.isEmpty()) {
      Object[] row = (Object[]) kept.get(0);
      if (SqlValues.instant(row[3]).isAfter(now)) {
        if (!request.hash().equals(row[0])) {
          throw new ProblemException(
              ProblemType.UNPROCESSABLE,
              "This " + HEADER + " was used for another request; use a new key for a new one");
        }
        return new Reply(((Number) row[1]).intValue(), (String) row[2], true);
      }
      forget(request); // expired: the key is free again
    }
    Outcome outcome = work.get();
    String body = JSON.toJson(outcome.body());
    entityManager
        .createNativeQuery(
            "insert into idempotency_key (scope, idempotency_key, request_hash, response_status,"
                + " response_body, created_at, expires_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .setParameter(1, request.scope())
        .setParameter(2, request.key())
        .setParameter(3, request.hash())
        .setParameter(4, outcome.status())
        .setParameter(5, body)
        .setParameter(6, now)
        .setParameter(7, now.plus(retention))
        .executeUpdate();
    return new Reply(outcome.status(), body, false);
  }

  /** Deletes the keys that expired before {@code now}; returns how many. */
  @Transactional(Transactional.TxType.REQUIRED)
  public int forgetExpired(Instant now) {
    return entityManager
        .createNativeQuery("delete from idempotency_key where expires_at < ?1")
        .setParameter(1, now)
        .executeUpdate();
  }

  private void forget(Request request) {
    entityManager
        .createNativeQuery("delete from idempotency_key where scope = ?1 and idempotency_key = ?2")
        .setParameter(1, request.scope())
        .setParameter(2, request.key())
        .executeUpdate();
  }

  private boolean lockTaken(Request request) {
    Object taken =
        entityManager
            .createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended(?1, 0))")
            .setParameter(1, "idempotency:" + request.scope() + ":" + request.key())
            .getSingleResult();
    return Boolean.TRUE.equals(taken);
  }
}
