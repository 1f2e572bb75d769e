package com.vita.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditDetailsTest {

  @Test
  void keysThatNameSecretsAreDropped() {
    Map<String, String> details = new HashMap<>();
    details.put("reason", "bad_password");
    details.put("password", "hunter2");
    details.put("newPassword", "hunter3");
    details.put("refresh_token", "eyJ...");
    details.put("accessToken", "eyJ...");
    details.put("clientSecret", "s3cret");
    details.put("API-KEY", "k");
    details.put("api_key", "k");
    details.put("Authorization", "Bearer eyJ...");
    details.put("otp", "123456");
    details.put("reset_otp", "123456");
    details.put("pwd", "x");
    details.put("role", "seller");
    details.put("footprint", "small");

    assertEquals(
        Map.of("reason", "bad_password", "role", "seller", "footprint", "small"),
        AuditDetails.withoutSecrets(details));
  }

  @Test
  void theValueIsNotJudgedOnlyTheKey() {
    // "bad_password" is a reason, not a password: only keys decide.
    assertEquals(
        Map.of("reason", "bad_password"),
        AuditDetails.withoutSecrets(Map.of("reason", "bad_password")));
  }

  @Test
  void nullsAreDroppedAndNoDetailsMeansAnEmptyObject() {
    Map<String, String> details = new HashMap<>();
    details.put("kept", "yes");
    details.put("gone", null);
    details.put(null, "gone");
    assertEquals(Map.of("kept", "yes"), AuditDetails.withoutSecrets(details));
    assertEquals(Map.of(), AuditDetails.withoutSecrets(null));
  }

  @Test
  void theResultIsSortedAndReadOnly() {
    var clean = AuditDetails.withoutSecrets(Map.of("b", "2", "a", "1", "c", "3"));
    assertEquals(List.of("a", "b", "c"), List.copyOf(clean.keySet()));
    assertThrows(UnsupportedOperationException.class, () -> clean.put("password", "x"));
  }
}
