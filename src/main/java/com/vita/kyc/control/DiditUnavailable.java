package com.vita.kyc.control;

/** DIDIT could not be reached or failed on its side (5xx, 429): worth another try. */
public class DiditUnavailable extends RuntimeException {

  public DiditUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
