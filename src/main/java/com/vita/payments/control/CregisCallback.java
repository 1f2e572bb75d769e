package com.vita.payments.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A Cregis callback whose {@code sign} and {@code timestamp} verified, as its parameters (what the
 * sign covers, as text). Read by field name; Cregis' names stay in the Cregis classes.
 */
public record CregisCallback(Map<String, String> params) {

  public CregisCallback {
    params = Map.copyOf(params);
  }

  public String text(String key) {
    String value = params.get(key);
    if (value == null || value.isBlank()) {
      throw new InvalidWebhook("The Cregis callback has no " + key);
    }
    return value;
  }

  public String optional(String key) {
    String value = params.get(key);
    return value == null || value.isBlank() ? null : value;
  }

  public int status() {
    try {
      return Integer.parseInt(text("status"));
    } catch (NumberFormatException e) {
      throw new InvalidWebhook("The Cregis callback's status is not a number");
    }
  }

  public BigDecimal amount() {
    try {
      BigDecimal amount = new BigDecimal(text("amount"));
      if (amount.signum() < 0) {
        throw new InvalidWebhook("The Cregis callback's amount is negative");
      }
      return amount;
    } catch (NumberFormatException e) {
      throw new InvalidWebhook("The Cregis callback's amount is not a decimal");
    }
  }

  /** When the chain recorded the transfer ({@code block_time}, ms), if Cregis said. */
  public Instant blockTime() {
    String value = optional("block_time");
    try {
      return value == null ? null : Instant.ofEpochMilli(Long.parseLong(value));
    } catch (NumberFormatException e) {
      throw new InvalidWebhook("The Cregis callback's block_time is not a time in ms");
    }
  }

  /** Cregis' coin code of the transfer: {@code chain_id@token_id}, as in its payout currency. */
  public String coin() {
    return text("chain_id") + "@" + text("token_id");
  }
}
