package com.vita.kyc.control;

import com.vita.platform.production.LocalFallback;
import com.vita.platform.production.MissingSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Without DIDIT's API key KYC runs in the sandbox ({@link KycMode}); without its workflow or
 * webhook secret no real verification could complete either, so production needs all three.
 */
@ApplicationScoped
public class KycSandboxFallback implements LocalFallback {

  @Inject
  @ConfigProperty(name = "kyc.didit.api-key")
  Optional<String> apiKey;

  @Inject
  @ConfigProperty(name = "kyc.didit.workflow-id")
  Optional<String> workflowId;

  @Inject
  @ConfigProperty(name = "kyc.didit.webhook-secret")
  Optional<String> webhookSecret;

  @Override
  public String name() {
    return "KYC sandbox";
  }

  @Override
  public List<MissingSetting> missingSettings() {
    List<MissingSetting> missing = new ArrayList<>();
    if (KycMode.isSandbox(apiKey)) {
      missing.add(
          new MissingSetting(
              "KYC_DIDIT_API_KEY",
              "KYC runs in the sandbox, where an admin decides every session and nobody's"
                  + " identity is really checked"));
    }
    if (LocalFallback.isUnset(workflowId)) {
      missing.add(
          new MissingSetting(
              "KYC_DIDIT_WORKFLOW_ID", "DIDIT refuses every session VITA opens (no workflow)"));
    }
    if (LocalFallback.isUnset(webhookSecret)) {
      missing.add(
          new MissingSetting(
              "KYC_DIDIT_WEBHOOK_SECRET",
              "every DIDIT webhook is refused, so no verification ever reaches a decision"));
    }
    return missing;
  }
}
