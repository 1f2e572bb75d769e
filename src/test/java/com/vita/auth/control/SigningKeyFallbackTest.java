package com.vita.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vita.platform.production.MissingSetting;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SigningKeyFallbackTest {

  @Test
  void withoutKeysBothHalvesAreMissing() {
    assertEquals(
        List.of(
            "JWT_SIGNING_KEY or JWT_SIGNING_KEY_LOCATION",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION or MP_JWT_VERIFY_PUBLICKEY"),
        variables(fallback(Optional.empty(), Optional.of(""), Optional.empty(), Optional.empty())));
  }

  @Test
  void eitherFormOfEachHalfWillDo() {
    assertEquals(
        List.of(),
        variables(
            fallback(
                Optional.of("-----BEGIN PRIVATE KEY-----"),
                Optional.empty(),
                Optional.empty(),
                Optional.of("file:/keys/public.pem"))));
    assertEquals(
        List.of(),
        variables(
            fallback(
                Optional.empty(),
                Optional.of("/keys/private.pem"),
                Optional.of("-----BEGIN PUBLIC KEY-----"),
                Optional.empty())));
  }

  private static List<String> variables(SigningKeyFallback fallback) {
    return fallback.missingSettings().stream().map(MissingSetting::variable).toList();
  }

  private static SigningKeyFallback fallback(
      Optional<String> inlinePem,
      Optional<String> pemLocation,
      Optional<String> inlinePublicKey,
      Optional<String> publicKeyLocation) {
    SigningKeyFallback fallback = new SigningKeyFallback();
    fallback.inlinePem = inlinePem;
    fallback.pemLocation = pemLocation;
    fallback.inlinePublicKey = inlinePublicKey;
    fallback.publicKeyLocation = publicKeyLocation;
    return fallback;
  }
}
