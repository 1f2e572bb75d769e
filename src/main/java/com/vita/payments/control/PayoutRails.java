package com.vita.payments.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The payout rails deployed, found by name through CDI: each {@link PayoutRail} bean (the bank's,
 * Cregis' once its component is in) is one. A rail that is not deployed is not available, and a
 * payout asking for it is refused before any money moves.
 */
@ApplicationScoped
public class PayoutRails {

  @Inject @Any Instance<PayoutRail> deployed;

  public Optional<PayoutRail> named(String name) {
    return pick(deployed(), name);
  }

  /** Whether the rail of this name only pretends (a labelled local stand-in). */
  public boolean sandbox(String name) {
    return named(name).map(PayoutRail::sandbox).orElse(false);
  }

  Iterable<PayoutRail> deployed() {
    return deployed;
  }

  static Optional<PayoutRail> pick(Iterable<PayoutRail> rails, String name) {
    return StreamSupport.stream(rails.spliterator(), false)
        .filter(rail -> rail.name().equals(name))
        .findFirst();
  }
}
