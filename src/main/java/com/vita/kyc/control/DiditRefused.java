package com.vita.kyc.control;

/** DIDIT refused the request or answered nonsense (4xx, bad JSON): trying again will not help. */
public class DiditRefused extends RuntimeException {

  public DiditRefused(String message, Throwable cause) {
    super(message, cause);
  }
}
