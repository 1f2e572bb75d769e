package com.vita.payments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.payments.entity.PaymentStatus;
import com.vita.payments.entity.RefundStatus;
import com.vita.platform.money.Money;
import com.vita.platform.providers.ProviderRefused;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sandbox pays a checkout end to end with Stripe's test methods, and says it is pretend. */
class SandboxGatewayTest {

  private final SandboxGateway sandbox = new SandboxGateway();

  private PaymentGateway.Intent intent() {
    return sandbox.createIntent(
        new PaymentGateway.IntentRequest(
            UUID.randomUUID(),
            UUID.randomUUID(),
            List.of(UUID.randomUUID()),
            UUID.randomUUID(),
            Money.ofMinor(4_990, Currency.getInstance("CLP")),
            "key"));
  }

  @Test
  void aCardPaysAndADeclinedOneFails() {
    assertTrue(sandbox.sandbox());
    assertEquals("sandbox", sandbox.provider());
    PaymentGateway.Intent paid = intent();
    assertEquals(PaymentStatus.REQUIRES_ACTION, paid.state().status());
    ProviderPayment done = sandbox.confirm(paid.providerRef(), "pm_card_visa", "k");
    assertEquals(PaymentStatus.SUCCEEDED, done.status());
    assertEquals(4_990, done.amountReceivedMinor());
    assertEquals(done, sandbox.lookup(paid.providerRef()));

    PaymentGateway.Intent declined = intent();
    ProviderPayment failed = sandbox.confirm(declined.providerRef(), "pm_card_chargeDeclined", "k");
    assertEquals(PaymentStatus.FAILED, failed.status());
    assertEquals("card_declined", failed.failureCode());
    assertEquals(
        PaymentStatus.REQUIRES_ACTION,
        sandbox.confirm(intent().providerRef(), "pm_card_authenticationRequired", "k").status());
  }

  @Test
  void refundsSucceedAndWebhooksAreRefused() {
    PaymentGateway.Intent paid = intent();
    sandbox.confirm(paid.providerRef(), "pm_card_visa", "k");
    UUID refundId = UUID.randomUUID();
    ProviderRefund refund =
        sandbox.refund(
            new PaymentGateway.RefundRequest(
                refundId,
                UUID.randomUUID(),
                paid.providerRef(),
                Money.ofMinor(1_000, Currency.getInstance("CLP")),
                null,
                "k"));
    assertEquals(RefundStatus.SUCCEEDED, refund.status());
    assertEquals(refundId, refund.refundId());
    assertEquals(refund, sandbox.lookupRefund(refund.providerRef()));
    assertThrows(InvalidWebhook.class, () -> sandbox.verify("{}", "t=1,v1=x"));
    assertThrows(ProviderRefused.class, () -> sandbox.lookup("sandbox_pi_unknown"));
  }
}
