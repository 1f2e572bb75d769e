package com.vita.payments.control;

/**
 * A verified webhook event: its id (what makes a redelivery a no-op), its type, and what it says
 * about a payment or a refund, if it is about either.
 */
public record ProviderNotice(
    String eventId, String type, ProviderPayment payment, ProviderRefund refund) {

  /** Neither a payment nor a refund VITA handles: logged and acknowledged. */
  public boolean isOther() {
    return payment == null && refund == null;
  }

  /** The provider's id of what the event is about, for the event log. */
  public String objectRef() {
    return payment != null ? payment.providerRef() : refund != null ? refund.providerRef() : null;
  }
}
