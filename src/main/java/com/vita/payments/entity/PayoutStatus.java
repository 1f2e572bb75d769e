package com.vita.payments.entity;

import com.vita.platform.persistence.CodedEnum;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a payout stands. {@code requested}: debited from the wallet, not yet taken by its rail;
 * {@code submitted}: the rail took it (a bank payout waits here for the finance team); {@code
 * held}: an admin stopped it; then {@code settled} (the money reached the destination) or {@code
 * returned} (it did not: the rail refused, the provider reported a failure, or an admin returned
 * it) with the reason, and the money back in the wallet. Settled and returned are final.
 *
 * <p>A rail's outcome is the provider's fact, so it applies to a held payout too: holding stops
 * VITA from sending or settling it, not a provider that already has it.
 */
public enum PayoutStatus implements CodedEnum {
  REQUESTED("requested"),
  SUBMITTED("submitted"),
  HELD("held"),
  SETTLED("settled"),
  RETURNED("returned");

  private final String value;

  PayoutStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /** The statuses a payout in this one may move to. */
  public Set<PayoutStatus> next() {
    return switch (this) {
      case REQUESTED -> EnumSet.of(SUBMITTED, HELD, SETTLED, RETURNED);
      case SUBMITTED -> EnumSet.of(HELD, SETTLED, RETURNED);
      case HELD -> EnumSet.of(REQUESTED, SUBMITTED, SETTLED, RETURNED);
      case SETTLED, RETURNED -> EnumSet.noneOf(PayoutStatus.class);
    };
  }

  public boolean canMoveTo(PayoutStatus to) {
    return next().contains(to);
  }

  public boolean isFinal() {
    return next().isEmpty();
  }
}
