package com.vita.payments.control;

import com.vita.platform.http.PublicUrls;
import com.vita.platform.production.LocalFallback;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cregis' configuration in one place: where its API is, the project (pid) and its API key, the key
 * callbacks are verified with (Cregis signs them with the project's API key, so it defaults to that
 * key), the coin to be paid in, the payment window, the callback tolerance and the rates.
 */
@ApplicationScoped
public class CregisSettings {

  static final String DEPOSIT_CALLBACK = "/api/v1/payments/webhook/cregis";
  static final String PAYOUT_CALLBACK = "/api/v1/payments/webhook/cregis/payout";

  @Inject
  @ConfigProperty(name = "cregis.api-url", defaultValue = "https://api.cregis.com")
  String apiUrl;

  @Inject
  @ConfigProperty(name = "cregis.api-key")
  Optional<String> apiKey;

  @Inject
  @ConfigProperty(name = "cregis.webhook-secret")
  Optional<String> webhookSecret;

  @Inject
  @ConfigProperty(name = "cregis.project-id")
  Optional<String> projectId;

  @Inject
  @ConfigProperty(name = "cregis.chain-id", defaultValue = "195")
  String chainId;

  /** Cregis' coin code {@code chain_id@token_id}: USDT on TRON by default. */
  @Inject
  @ConfigProperty(name = "cregis.currency", defaultValue = "195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")
  String currency;

  @Inject
  @ConfigProperty(name = "cregis.currency-decimals", defaultValue = "6")
  int decimals;

  @Inject
  @ConfigProperty(name = "cregis.payment-window", defaultValue = "PT60M")
  Duration paymentWindow;

  @Inject
  @ConfigProperty(name = "cregis.callback-tolerance-seconds", defaultValue = "300")
  long toleranceSeconds;

  @Inject
  @ConfigProperty(name = "cregis.rates")
  Optional<String> ratesText;

  @Inject PublicUrls urls;

  private CryptoRates rates;

  /**
   * Indicative USDT rates for local runs only, so a checkout can be priced in crypto out of the
   * box; production refuses to start without {@code CREGIS_RATES} ({@link CregisSandboxFallback}).
   */
  static final String LOCAL_RATES = "USD=1,EUR=1.08,CLP=0.00106,COP=0.00025,MXN=0.055,AED=0.2723";

  @PostConstruct
  void init() {
    if (LocalFallback.isUnset(ratesText)) {
      System.getLogger(CregisSettings.class.getName())
          .log(
              System.Logger.Level.WARNING,
              "CREGIS_RATES is not set: crypto amounts are quoted at indicative local rates ("
                  + LOCAL_RATES
                  + "); set real rates before taking crypto payments.");
    }
    rates = CryptoRates.parse(ratesText.filter(t -> !t.isBlank()).orElse(LOCAL_RATES));
  }

  /** Without an API key crypto runs in the labelled sandbox. */
  public boolean sandbox() {
    return LocalFallback.isUnset(apiKey);
  }

  String apiUrl() {
    return apiUrl;
  }

  String apiKey() {
    return apiKey.orElse("");
  }

  /** The key callbacks are signed with: the webhook secret when set, else the API key. */
  String callbackKey() {
    return LocalFallback.isUnset(webhookSecret) ? apiKey() : webhookSecret.get();
  }

  long projectId() {
    try {
      return Long.parseLong(projectId.orElse("0").strip());
    } catch (NumberFormatException e) {
      throw new IllegalStateException("CREGIS_PROJECT_ID is not a number", e);
    }
  }

  String chainId() {
    return chainId;
  }

  String currency() {
    return currency;
  }

  int decimals() {
    return decimals;
  }

  Duration paymentWindow() {
    return paymentWindow;
  }

  long toleranceSeconds() {
    return toleranceSeconds;
  }

  CryptoRates rates() {
    return rates;
  }

  String depositCallbackUrl() {
    return urls.of(DEPOSIT_CALLBACK).toString();
  }

  String payoutCallbackUrl() {
    return urls.of(PAYOUT_CALLBACK).toString();
  }
}
