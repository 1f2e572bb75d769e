package com.vita.payments.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cregis' signing rule (its API docs, "签名规则"), for our requests and its callbacks alike: every body
 * parameter except {@code sign} and those null or empty, sorted by key (lexicographic, a prefix
 * first), concatenated as {@code key1value1key2value2…}, the project's API key in front, MD5,
 * lower-case hex. MD5 is Cregis' choice, not ours; it is only ever compared in constant time.
 */
public final class CregisSigner {

  private CregisSigner() {}

  /** The string the rule hashes, without the key: what a test can compare with the docs. */
  public static String canonical(Map<String, String> params) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(params)
        .forEach(
            (key, value) -> {
              if (!"sign".equals(key) && value != null && !value.isEmpty()) {
                text.append(key).append(value);
              }
            });
    return text.toString();
  }

  public static String sign(Map<String, String> params, String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("MD5")
              .digest((key + canonical(params)).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JVM has no MD5", e);
    }
  }

  /** Whether the params carry the sign the key makes of them, compared in constant time. */
  public static boolean verify(Map<String, String> params, String key) {
    String given = params.get("sign");
    if (given == null || given.isEmpty() || key == null || key.isEmpty()) {
      return false;
    }
    return MessageDigest.isEqual(
        sign(params, key).getBytes(StandardCharsets.US_ASCII),
        given.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * A JSON body's parameters as the rule reads them: strings as they are, numbers as written
   * ({@code 1382528827416576}, {@code 1.1}), booleans as {@code true}/{@code false}, null as
   * absent.
   */
  public static Map<String, String> paramsOf(JsonObject body) {
    Map<String, String> params = new TreeMap<>();
    body.forEach(
        (key, value) -> {
          String text = textOf(value);
          if (text != null) {
            params.put(key, text);
          }
        });
    return params;
  }

  private static String textOf(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> ((JsonNumber) value).toString();
      case TRUE -> "true";
      case FALSE -> "false";
      case NULL -> null;
      default -> value.toString();
    };
  }
}
