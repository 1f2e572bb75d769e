package com.vita.platform.outbox;

/**
 * Delivers to this instance's observers directly, each event in its own transaction. Correct on one
 * instance and on several (only one dispatches at a time, and observers write to the shared
 * database), but nothing outside VITA receives the events: production needs the queue ({@link
 * InProcessDeliveryFallback}).
 */
final class InProcessPublisher implements Publisher {

  private final Deliveries deliveries;

  InProcessPublisher(Deliveries deliveries) {
    this.deliveries = deliveries;
  }

  @Override
  public String destination() {
    return "in_process";
  }

  @Override
  public void publish(OutboxMessage message) {
    deliveries.deliver(message);
  }

  @Override
  public boolean parksAfterRepeatedFailure() {
    return true;
  }
}
