package com.vita.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeError;
import com.vita.payments.entity.PaymentStatus;
import com.vita.payments.entity.RefundStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Stripe's PaymentIntent and Refund statuses in VITA's terms: an intent waiting for capture is
 * still processing, a cancelled one is cancelled, a decline without the intent is a failure with
 * Stripe's code or {@code card_declined}; a refund that failed or was cancelled failed, and a
 * refund whose metadata holds no VITA id is matched by Stripe's id only.
 */
class StripeStatesTest {

  private static PaymentIntent intent(String status) {
    PaymentIntent intent = new PaymentIntent();
    intent.setId("pi_1");
    intent.setStatus(status);
    intent.setCurrency("eur");
    intent.setAmountReceived(0L);
    return intent;
  }

  @Test
  void intentStatusesMapToVitas() {
    assertEquals(PaymentStatus.PROCESSING, StripeStates.of(intent("requires_capture")).status());
    assertEquals(PaymentStatus.PROCESSING, StripeStates.of(intent("processing")).status());
    assertEquals(PaymentStatus.CANCELLED, StripeStates.of(intent("canceled")).status());
    assertEquals(
        PaymentStatus.REQUIRES_ACTION, StripeStates.of(intent("requires_action")).status());
  }

  @Test
  void aDeclineWithoutAFailedIntentIsAFailureWithStripesCode() {
    ProviderPayment bare = StripeStates.declined("pi_1", null, null, null);
    assertEquals(PaymentStatus.FAILED, bare.status());
    assertEquals("card_declined", bare.failureCode());
    StripeError error = new StripeError();
    error.setMessage("Your card has insufficient funds.");
    ProviderPayment named =
        StripeStates.declined("pi_1", intent("requires_action"), "insufficient_funds", error);
    assertEquals(PaymentStatus.FAILED, named.status());
    assertEquals("insufficient_funds", named.failureCode());
    assertEquals("Your card has insufficient funds.", named.failureMessage());
  }

  @Test
  void refundsThatFailedOrWereCancelledFailAndAForeignIdIsIgnored() {
    for (String status : new String[] {"failed", "canceled"}) {
      Refund refund = new Refund();
      refund.setId("re_1");
      refund.setStatus(status);
      refund.setAmount(500L);
      refund.setCurrency("eur");
      refund.setMetadata(Map.of("vita_refund_id", "not-a-uuid"));
      ProviderRefund mapped = StripeStates.of(refund);
      assertEquals(RefundStatus.FAILED, mapped.status());
      assertNull(mapped.refundId());
      assertEquals(500, mapped.amountMinor());
    }
  }
}
