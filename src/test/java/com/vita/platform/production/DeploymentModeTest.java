package com.vita.platform.production;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeploymentModeTest {

  @ParameterizedTest
  @ValueSource(strings = {"production", "PRODUCTION", " Production "})
  void productionIsTheOneWord(String value) {
    assertTrue(new DeploymentMode(Optional.of(value)).production());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "local", "prod", "staging", "production2"})
  void anythingElseIsLocal(String value) {
    assertFalse(new DeploymentMode(Optional.of(value)).production());
  }

  @Test
  void unsetIsLocal() {
    assertFalse(new DeploymentMode(Optional.empty()).production());
  }
}
