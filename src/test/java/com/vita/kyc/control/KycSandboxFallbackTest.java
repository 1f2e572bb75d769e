package com.vita.kyc.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vita.platform.production.MissingSetting;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KycSandboxFallbackTest {

  @Test
  void withoutDiditEveryOneOfItsThreeSettingsIsMissing() {
    KycSandboxFallback fallback = fallback(Optional.empty(), Optional.of(" "), Optional.empty());

    assertEquals(
        List.of("KYC_DIDIT_API_KEY", "KYC_DIDIT_WORKFLOW_ID", "KYC_DIDIT_WEBHOOK_SECRET"),
        fallback.missingSettings().stream().map(MissingSetting::variable).toList());
  }

  @Test
  void aKeyWithoutItsWebhookSecretIsStillMissingOne() {
    KycSandboxFallback fallback =
        fallback(Optional.of("key"), Optional.of("workflow"), Optional.empty());

    assertEquals(
        List.of("KYC_DIDIT_WEBHOOK_SECRET"),
        fallback.missingSettings().stream().map(MissingSetting::variable).toList());
  }

  @Test
  void realDiditMissesNothing() {
    assertEquals(
        List.of(),
        fallback(Optional.of("key"), Optional.of("workflow"), Optional.of("secret"))
            .missingSettings());
  }

  private static KycSandboxFallback fallback(
      Optional<String> apiKey, Optional<String> workflowId, Optional<String> webhookSecret) {
    KycSandboxFallback fallback = new KycSandboxFallback();
    fallback.apiKey = apiKey;
    fallback.workflowId = workflowId;
    fallback.webhookSecret = webhookSecret;
    return fallback;
  }
}
