package com.vita.kyc.control;

/**
 * DIDIT took longer than the client's read timeout. Counted by the breaker like any failure, but
 * not retried: a DIDIT that slow is not faster a moment later, and each try would hold the caller
 * for the whole timeout again.
 */
public class DiditTimedOut extends DiditUnavailable {

  public DiditTimedOut(String message, Throwable cause) {
    super(message, cause);
  }
}
