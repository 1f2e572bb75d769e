package com.vita.platform.providers;

/**
 * A provider took longer than the client's read timeout. Counted by the breaker like any failure,
 * but not retried ({@code @Retry(abortOn = ...)}): a provider that slow is not faster a moment
 * later, and each try would hold the caller for the whole timeout again.
 */
public class ProviderTimedOut extends ProviderUnavailable {

  public ProviderTimedOut(String message, Throwable cause) {
    super(message, cause);
  }
}
