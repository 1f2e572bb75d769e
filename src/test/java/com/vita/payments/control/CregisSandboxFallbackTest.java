package com.vita.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vita.platform.production.MissingSetting;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Production is refused while crypto would run in the sandbox, naming each missing setting. */
class CregisSandboxFallbackTest {

  static CregisSandboxFallback fallback(String key, String pid, String rates) {
    CregisSandboxFallback fallback = new CregisSandboxFallback();
    fallback.apiKey = Optional.ofNullable(key);
    fallback.projectId = Optional.ofNullable(pid);
    fallback.rates = Optional.ofNullable(rates);
    return fallback;
  }

  @Test
  void eachMissingSettingIsNamed() {
    assertEquals(
        List.of("CREGIS_API_KEY", "CREGIS_PROJECT_ID", "CREGIS_RATES"),
        fallback(null, " ", "").missingSettings().stream().map(MissingSetting::variable).toList());
  }

  @Test
  void configuredItIsNotEngaged() {
    assertEquals(List.of(), fallback("key", "1", "USD=1").missingSettings());
  }
}
