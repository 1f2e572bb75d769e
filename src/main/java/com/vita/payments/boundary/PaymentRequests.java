package com.vita.payments.boundary;

import com.vita.payments.control.IntentForm;
import com.vita.payments.control.RefundForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The bodies of the payment POSTs. */
public final class PaymentRequests {

  private PaymentRequests() {}

  /**
   * {@code POST /payments/intent}: a {@code checkoutId} (all of the buyer's orders in it) or an
   * {@code orderId}, and the {@code method} ({@code stripe}, the default, for cards).
   */
  public record Intent(
      UUID checkoutId,
      UUID orderId,
      @Pattern(
              regexp = "stripe|cregis|bank_transfer",
              message = "must be stripe, cregis or bank_transfer")
          String method) {

    IntentForm form() {
      return new IntentForm(checkoutId, orderId, method);
    }
  }

  /**
   * {@code POST /payments/confirm}: the payment and the method to take it with (a Stripe
   * PaymentMethod id such as {@code pm_card_visa}).
   */
  public record Confirm(@NotNull UUID paymentId, @NotBlank @Size(max = 100) String paymentMethod) {}

  /** {@code POST /payments/refund}: the order, and how much of it (all that is left if omitted). */
  public record Refund(
      @NotNull UUID orderId, @Positive Long amountMinor, @Size(max = 500) String reason) {

    RefundForm form() {
      return new RefundForm(orderId, amountMinor, reason);
    }
  }
}
