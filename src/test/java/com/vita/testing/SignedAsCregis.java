package com.vita.testing;

import static com.vita.testing.FakeCregis.API_KEY;
import static com.vita.testing.FakeCregis.CHAIN_ID;
import static com.vita.testing.FakeCregis.PROJECT_ID;
import static com.vita.testing.FakeCregis.TOKEN_ID;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bodies signed as Cregis signs them (with the project's API key): the callbacks {@link FakeCregis}
 * plays Cregis' side of ({@link #depositCallback}, {@link #payoutCallback}), requests to the fake,
 * and forgeries. The signing here is written apart from VITA's {@code CregisSigner}, so the two
 * check each other.
 */
public final class SignedAsCregis {

  private static final SecureRandom RANDOM = new SecureRandom();

  private SignedAsCregis() {}

  /** Cregis' rule: params but sign and empty ones, sorted, key+value, the key in front, MD5. */
  public static String sign(Map<String, String> params, String key) {
    StringBuilder text = new StringBuilder(key);
    new TreeMap<>(params)
        .forEach(
            (k, v) -> {
              if (!"sign".equals(k) && v != null && !v.isEmpty()) {
                text.append(k).append(v);
              }
            });
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("MD5")
                  .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String nonce() {
    String chars = "abcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder nonce = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      nonce.append(chars.charAt(RANDOM.nextInt(chars.length())));
    }
    return nonce.toString();
  }

  /**
   * A deposit callback (回调>地址充值) as Cregis sends it, signed, fresh nonce and timestamp: status 1
   * success, 2 failure; block_time is when the chain recorded it.
   */
  public static JsonObject depositCallback(
      String cid, String address, String amount, int status, long blockTimeMillis) {
    return signed(
        Json.createObjectBuilder()
            .add("pid", PROJECT_ID)
            .add("cid", Long.parseLong(cid))
            .add("chain_id", CHAIN_ID)
            .add("token_id", TOKEN_ID)
            .add("currency", "USDT")
            .add("address", address)
            .add("amount", amount)
            .add("status", status)
            .add("txid", HexFormat.of().formatHex(randomBytes(32)))
            .add("block_height", "34527604")
            .add("block_time", blockTimeMillis),
        System.currentTimeMillis(),
        nonce());
  }

  /** A payout callback (回调>提币): status 2 sign rejected, 4 approval rejected, 6 ok, 7 failed. */
  public static JsonObject payoutCallback(FakeCregis.Payout payout, int status) {
    return signed(
        Json.createObjectBuilder()
            .add("pid", PROJECT_ID)
            .add("cid", Long.parseLong(payout.cid()))
            .add("chain_id", CHAIN_ID)
            .add("token_id", TOKEN_ID)
            .add("currency", payout.currency())
            .add("address", payout.address())
            .add("amount", payout.amount())
            .add("third_party_id", payout.thirdPartyId())
            .add("remark", "VITA payout")
            .add("status", status)
            .add("txid", HexFormat.of().formatHex(randomBytes(32)))
            .add("block_height", "34527604")
            .add("block_time", System.currentTimeMillis()),
        System.currentTimeMillis(),
        nonce());
  }

  /** The body with this timestamp and nonce, and the sign of it all. */
  public static JsonObject signed(JsonObjectBuilder body, long timestamp, String nonce) {
    JsonObject unsigned = body.add("timestamp", timestamp).add("nonce", nonce).build();
    return Json.createObjectBuilder(unsigned)
        .add("sign", sign(paramsOf(unsigned), API_KEY))
        .build();
  }

  /** The same callback with one field changed, the sign left as it was (a forgery). */
  public static JsonObject tampered(JsonObject callback, String field, String value) {
    return Json.createObjectBuilder(callback).add(field, value).build();
  }

  static Map<String, String> paramsOf(JsonObject body) {
    Map<String, String> params = new TreeMap<>();
    body.forEach(
        (key, value) -> {
          switch (value.getValueType()) {
            case STRING -> params.put(key, ((JsonString) value).getString());
            case NUMBER -> params.put(key, ((JsonNumber) value).toString());
            case NULL -> {}
            default -> params.put(key, value.toString());
          }
        });
    return params;
  }

  static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
