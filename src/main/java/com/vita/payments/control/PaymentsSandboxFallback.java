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
 * Without Stripe's secret key card payments run in the sandbox ({@link SandboxGateway}); without
 * its webhook secret no real payment could ever be settled by Stripe's webhook. Production needs
 * both.
 */
@ApplicationScoped
public class PaymentsSandboxFallback implements LocalFallback {

  @Inject
  @ConfigProperty(name = "stripe.secret-key")
  Optional<String> secretKey;

  @Inject
  @ConfigProperty(name = "stripe.webhook-secret")
  Optional<String> webhookSecret;

  @Override
  public String name() {
    return "payments sandbox";
  }

  @Override
  public List<MissingSetting> missingSettings() {
    List<MissingSetting> missing = new ArrayList<>();
    if (LocalFallback.isUnset(secretKey)) {
      missing.add(
          new MissingSetting(
              "STRIPE_SECRET_KEY",
              "card payments run in the sandbox: checkouts are marked paid and no money moves"));
    }
    if (LocalFallback.isUnset(webhookSecret)) {
      missing.add(
          new MissingSetting(
              "STRIPE_WEBHOOK_SECRET",
              "every Stripe webhook is refused, so payments wait for reconciliation to settle"));
    }
    return missing;
  }
}
