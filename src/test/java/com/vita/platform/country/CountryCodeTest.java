package com.vita.platform.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vita.platform.problems.BadRequestProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"CL", "cl", " Cl "})
  void twoLettersInAnyCaseAreAccepted(String raw) {
    assertEquals("CL", CountryCode.of(raw).value());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "C", "CHL", "C1", "ÑA", "C L"})
  void anythingElseIsABadRequest(String raw) {
    assertThrows(BadRequestProblem.class, () -> CountryCode.of(raw));
  }
}
