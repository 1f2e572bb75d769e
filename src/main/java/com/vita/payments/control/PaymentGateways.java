package com.vita.payments.control;

import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import com.vita.platform.production.LocalFallback;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which gateway takes a payment method: cards ({@code stripe}) go to Stripe when a secret key is
 * configured and to the labelled sandbox otherwise; crypto ({@code cregis}) likewise to Cregis or
 * its sandbox, by {@code CREGIS_API_KEY}; bank transfers ({@code bank_transfer}) to the bank, or
 * its sandbox without {@code BANESCO_CLIENT_SECRET}.
 */
@ApplicationScoped
public class PaymentGateways {

  private static final System.Logger LOG = System.getLogger(PaymentGateways.class.getName());

  @Inject StripeGateway stripe;
  @Inject SandboxGateway sandbox;
  @Inject CregisGateway cregis;
  @Inject CregisSandboxGateway cregisSandbox;
  @Inject CregisSettings cregisSettings;
  @Inject BankTransferGateway bankTransfers;

  @Inject
  @ConfigProperty(name = "stripe.secret-key")
  Optional<String> stripeKey;

  void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (cardsInSandbox()) {
      LOG.log(
          System.Logger.Level.WARNING,
          "Card payments run in SANDBOX mode: no STRIPE_SECRET_KEY is configured; payments are"
              + " pretend and no money moves.");
    }
    if (cryptoInSandbox()) {
      LOG.log(
          System.Logger.Level.WARNING,
          "Crypto payments run in SANDBOX mode (cregis_sandbox): no CREGIS_API_KEY is configured;"
              + " addresses are made up and no crypto moves.");
    }
  }

  public boolean cardsInSandbox() {
    return LocalFallback.isUnset(stripeKey);
  }

  public boolean cryptoInSandbox() {
    return cregisSettings.sandbox();
  }

  /** The gateway for a method a buyer chose; 422 for one that cannot be paid with yet. */
  public PaymentGateway forMethod(String method) {
    if ("stripe".equals(method)) {
      return cardsInSandbox() ? sandbox : stripe;
    }
    if (CregisGateway.PROVIDER.equals(method)) {
      return cryptoInSandbox() ? cregisSandbox : cregis;
    }
    if (BankTransferGateway.METHOD.equals(method)) {
      return bankTransfers; // bank_transfer, or bank_sandbox without the bank's credentials
    }
    throw new ProblemException(
        ProblemType.UNPROCESSABLE,
        "Paying with "
            + method
            + " is not available; pay by card (stripe), crypto (cregis) or bank transfer (bank_transfer)");
  }

  /** The gateway that holds a payment, by the provider stored on it. */
  public PaymentGateway forProvider(String provider) {
    return switch (provider) {
      case StripeGateway.PROVIDER -> stripe;
      case SandboxGateway.PROVIDER -> sandbox;
      case CregisGateway.PROVIDER -> cregis;
      case CregisSandboxGateway.PROVIDER -> cregisSandbox;
      case BankTransferGateway.PROVIDER, BankTransferGateway.SANDBOX_PROVIDER -> bankTransfers;
      default -> throw new IllegalArgumentException("No gateway for provider " + provider);
    };
  }
}
