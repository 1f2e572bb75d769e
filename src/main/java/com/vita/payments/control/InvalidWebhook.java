package com.vita.payments.control;

import com.vita.platform.problems.BadRequestProblem;

/** A webhook whose signature, timestamp or body does not verify: 400, and nothing changes. */
public class InvalidWebhook extends BadRequestProblem {

  public InvalidWebhook(String detail) {
    super(detail);
  }
}
