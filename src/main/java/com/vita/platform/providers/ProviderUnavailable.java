package com.vita.platform.providers;

/**
 * A provider could not be reached or failed on its side (5xx, 429): worth another try. Gateways
 * name it in {@code @Retry(retryOn = ...)}; the circuit breaker counts it.
 */
public class ProviderUnavailable extends RuntimeException {

  public ProviderUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
