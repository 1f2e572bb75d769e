package com.vita.platform.providers;

/**
 * A provider answered, and the answer is no (4xx) or not what its documentation promises: retrying
 * will not help, and it says nothing about the provider's health ({@code @CircuitBreaker(skipOn =
 * ...)}).
 */
public class ProviderRefused extends RuntimeException {

  private final int status;

  public ProviderRefused(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The provider's HTTP status, or 0 when the refusal is about the answer's content. */
  public int status() {
    return status;
  }
}
