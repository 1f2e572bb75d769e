package com.vita.auth.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which registration bodies name a person, and the confirmation page's escaping. */
class RegistrationNamesTest {

  private static Credentials.Registration body(String name, String first, String last) {
    return new Credentials.Registration("a@example.com", "SecurePass123!", name, first, last);
  }

  @Test
  void eitherANameOrAFirstAndALastName() {
    assertTrue(NamesAPersonValidator.isNamed(body("Ana", null, null)));
    assertTrue(NamesAPersonValidator.isNamed(body(null, "Test", "User")));
    assertTrue(NamesAPersonValidator.isNamed(body(" ", "Test", "User")));
    assertFalse(NamesAPersonValidator.isNamed(body(null, null, null)));
    assertFalse(NamesAPersonValidator.isNamed(body(null, "Test", " ")));
    assertFalse(NamesAPersonValidator.isNamed(body(null, "a".repeat(60), "b".repeat(60))));
    assertEquals("Test User", body(null, "Test", "User").personName().display());
  }

  @Test
  void thePageEscapesWhatItEchoes() {
    assertEquals(
        "&quot;&gt;&lt;script&gt;x&#39;&amp;", EmailVerificationResource.escaped("\"><script>x'&"));
  }
}
