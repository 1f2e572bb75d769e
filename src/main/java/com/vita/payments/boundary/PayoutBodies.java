package com.vita.payments.boundary;

import com.vita.payments.control.PayoutForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The bodies of the payout POSTs. */
public final class PayoutBodies {

  private PayoutBodies() {}

  /** {@code POST /wallet/{userId}/payouts}. */
  public record Request(
      @NotNull @Positive Long amountMinor,
      @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CLP")
          String currency,
      @NotNull @Pattern(regexp = "cregis|bank", message = "must be cregis or bank") String rail,
      @NotBlank @Size(max = 200) String destination,
      @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "must be a currency code")
          String destinationCurrency) {

    PayoutForm form() {
      return new PayoutForm(amountMinor, currency, rail, destination, destinationCurrency);
    }
  }

  /** Why an admin holds or returns a payout. */
  public record Reason(@NotBlank @Size(max = 500) String reason) {}

  /** The bank's number for the transfer the finance team made, if they have one. */
  public record Settlement(@Size(max = 100) String reference) {}
}
