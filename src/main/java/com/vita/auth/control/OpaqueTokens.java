package com.vita.auth.control;

import com.vita.platform.hashing.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random secrets handed to clients (refresh tokens, password reset tokens) and the hashes under
 * which they are stored: 256 bits of randomness need no slow hash, and a leaked table reveals no
 * usable token.
 */
public final class OpaqueTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private OpaqueTokens() {}

  public static String newToken() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  public static String hashOf(String token) {
    return Sha256.hex(token.getBytes(StandardCharsets.UTF_8));
  }
}
