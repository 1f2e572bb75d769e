package com.vita.kyc.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class KycModeTest {

  @Test
  void sandboxExactlyWhenNoApiKeyIsConfigured() {
    assertTrue(KycMode.isSandbox(Optional.empty()));
    assertTrue(KycMode.isSandbox(Optional.of("")));
    assertTrue(KycMode.isSandbox(Optional.of("   ")));
    assertFalse(KycMode.isSandbox(Optional.of("key")));
  }

  @Test
  void namesTheMode() {
    KycMode mode = new KycMode();
    mode.apiKey = Optional.empty();
    assertEquals("sandbox", mode.name());
    mode.apiKey = Optional.of("key");
    assertEquals("didit", mode.name());
  }
}
