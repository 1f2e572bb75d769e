package com.vita.payments.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Verifies a Cregis callback before anything is read from it: the {@code sign} by Cregis' rule with
 * the project's key, a {@code timestamp} within the tolerance either side of now, and a {@code
 * nonce} not seen before. The nonce is claimed in the transaction that applies the callback, so a
 * refused or failed callback leaves none behind; a replay — also one sent at the same moment, which
 * waits on the first one's insert — is refused. Every refusal is a 400 problem and changes nothing.
 */
@ApplicationScoped
public class CregisCallbacks {

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject CregisSettings settings;

  Clock clock = Clock.systemUTC();

  /** The callback's parameters once its sign and timestamp verified. */
  public CregisCallback verify(String body) {
    String key = settings.callbackKey();
    if (key.isEmpty()) {
      throw new InvalidWebhook("Cregis callbacks are not configured here (CREGIS_API_KEY)");
    }
    Map<String, String> params;
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonObject json = reader.readObject();
      params = CregisSigner.paramsOf(json);
    } catch (JsonException | ClassCastException | IllegalStateException e) {
      throw new InvalidWebhook("The body is not a Cregis callback");
    }
    if (!CregisSigner.verify(params, key)) {
      throw new InvalidWebhook("The Cregis sign does not verify");
    }
    CregisCallback callback = new CregisCallback(params);
    long timestamp;
    try {
      timestamp = Long.parseLong(callback.text("timestamp"));
    } catch (NumberFormatException e) {
      throw new InvalidWebhook("The Cregis timestamp is not a time in ms");
    }
    long skewMillis = Math.abs(clock.millis() - timestamp);
    if (skewMillis > settings.toleranceSeconds() * 1000) {
      throw new InvalidWebhook(
          "The Cregis timestamp is "
              + skewMillis / 1000
              + " s from now, over "
              + settings.toleranceSeconds()
              + " s: a replay or a wrong clock");
    }
    callback.text("nonce");
    return callback;
  }

  /** Claims the callback's nonce; a nonce seen before is a replay. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void claimNonce(CregisCallback callback) {
    Instant now = clock.instant();
    entityManager
        .createNativeQuery("delete from cregis_callback_nonce where seen_at < ?1")
        .setParameter(1, now.minusSeconds(2 * settings.toleranceSeconds()))
        .executeUpdate();
    int claimed =
        entityManager
            .createNativeQuery(
                "insert into cregis_callback_nonce (nonce, seen_at) values (?1, ?2)"
                    + " on conflict do nothing")
            .setParameter(1, callback.text("nonce"))
            .setParameter(2, now)
            .executeUpdate();
    if (claimed == 0) {
      throw new InvalidWebhook("The Cregis nonce was used before: a replayed callback");
    }
  }
}
