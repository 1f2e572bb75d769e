package com.vita.payments.control;

import com.vita.platform.production.LocalFallback;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bank's settings and the one {@link BankHttp} built from them. Without a client secret bank
 * transfers are verified by the labelled sandbox ({@link BankSandboxStatements}) instead; the
 * bank's URLs have no defaults, since Banesco publishes none.
 */
@ApplicationScoped
public class BankConnection {

  @Inject
  @ConfigProperty(name = "banesco.api-url")
  Optional<String> apiUrl;

  @Inject
  @ConfigProperty(name = "banesco.token-url")
  Optional<String> tokenUrl;

  @Inject
  @ConfigProperty(name = "banesco.client-id")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "banesco.client-secret")
  Optional<String> clientSecret;

  @Inject
  @ConfigProperty(name = "banesco.transactions-path", defaultValue = "/v1/transactions")
  String transactionsPath;

  @Inject
  @ConfigProperty(name = "banesco.connect-timeout", defaultValue = "PT3S")
  Duration connectTimeout;

  @Inject
  @ConfigProperty(name = "banesco.read-timeout", defaultValue = "PT4S")
  Duration readTimeout;

  @Inject BankApiMetrics metrics;

  private volatile BankHttp http;

  /** Whether transfers are verified by the sandbox: no client secret is configured. */
  public boolean sandbox() {
    return LocalFallback.isUnset(clientSecret);
  }

  public BankHttp http() {
    BankHttp current = http;
    if (current == null) {
      synchronized (this) {
        if (http == null) {
          http = new BankHttp(settings(), metrics);
        }
        current = http;
      }
    }
    return current;
  }

  private BankHttp.Settings settings() {
    String api = required(apiUrl, "BANESCO_API_URL");
    return new BankHttp.Settings(
        URI.create(required(tokenUrl, "BANESCO_TOKEN_URL")),
        URI.create(api.replaceAll("/+$", "") + transactionsPath),
        required(clientId, "BANESCO_CLIENT_ID"),
        required(clientSecret, "BANESCO_CLIENT_SECRET"),
        connectTimeout,
        readTimeout);
  }

  private static String required(Optional<String> value, String variable) {
    if (LocalFallback.isUnset(value)) {
      throw new IllegalStateException(variable + " is not set: the bank cannot be called");
    }
    return value.get().trim();
  }
}
