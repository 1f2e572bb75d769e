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
 * Without the bank's client secret, bank transfers are "verified" by the sandbox ({@link
 * BankSandboxStatements}); without its URLs, client id or VITA's account no transfer could be
 * verified for real (or any transfer to any account would pass). Production needs all five.
 */
@ApplicationScoped
public class BankSandboxFallback implements LocalFallback {

  @Inject
  @ConfigProperty(name = "banesco.client-secret")
  Optional<String> clientSecret;

  @Inject
  @ConfigProperty(name = "banesco.client-id")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "banesco.api-url")
  Optional<String> apiUrl;

  @Inject
  @ConfigProperty(name = "banesco.token-url")
  Optional<String> tokenUrl;

  @Inject
  @ConfigProperty(name = "banesco.account")
  Optional<String> account;

  @Override
  public String name() {
    return "bank transfer sandbox";
  }

  @Override
  public List<MissingSetting> missingSettings() {
    List<MissingSetting> missing = new ArrayList<>();
    if (LocalFallback.isUnset(clientSecret)) {
      missing.add(
          new MissingSetting(
              "BANESCO_CLIENT_SECRET",
              "bank transfers are verified by the sandbox: any reference starting with OK pays"));
    }
    String unverifiable = "no bank transfer can be verified with the bank";
    if (LocalFallback.isUnset(clientId)) {
      missing.add(new MissingSetting("BANESCO_CLIENT_ID", unverifiable));
    }
    if (LocalFallback.isUnset(tokenUrl)) {
      missing.add(new MissingSetting("BANESCO_TOKEN_URL", unverifiable));
    }
    if (LocalFallback.isUnset(apiUrl)) {
      missing.add(new MissingSetting("BANESCO_API_URL", unverifiable));
    }
    if (LocalFallback.isUnset(account)) {
      missing.add(
          new MissingSetting(
              "BANESCO_ACCOUNT",
              "a transfer credited to any account would pay, not only one to VITA's"));
    }
    return missing;
  }
}
