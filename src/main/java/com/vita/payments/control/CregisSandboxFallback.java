package com.vita.payments.control;

import com.vita.platform.production.LocalFallback;
import com.vita.platform.production.MissingSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Without Cregis' API key crypto payments and payouts run in the sandbox ({@link
 * CregisSandboxGateway}); without the project id every Cregis call is refused; without rates crypto
 * is quoted at indicative local rates. Production needs all three.
 */
@ApplicationScoped
public class CregisSandboxFallback implements LocalFallback {

  @Inject
  @ConfigProperty(name = "cregis.api-key")
  Optional<String> apiKey;

  @Inject
  @ConfigProperty(name = "cregis.project-id")
  Optional<String> projectId;

  @Inject
  @ConfigProperty(name = "cregis.rates")
  Optional<String> rates;

  @Override
  public String name() {
    return "crypto sandbox";
  }

  @Override
  public List<MissingSetting> missingSettings() {
    List<MissingSetting> missing = new ArrayList<>();
    if (LocalFallback.isUnset(apiKey)) {
      missing.add(
          new MissingSetting(
              "CREGIS_API_KEY",
              "crypto payments and payouts run in the sandbox: made-up addresses, no crypto moves,"
                  + " and Cregis callbacks are refused"));
    }
    if (LocalFallback.isUnset(projectId)) {
      missing.add(
          new MissingSetting("CREGIS_PROJECT_ID", "Cregis refuses every call (no project, pid)"));
    }
    if (LocalFallback.isUnset(rates)) {
      missing.add(
          new MissingSetting(
              "CREGIS_RATES",
              "crypto amounts are quoted at indicative local rates, not real ones"));
    }
    return missing;
  }
}
