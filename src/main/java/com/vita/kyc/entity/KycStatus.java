package com.vita.kyc.entity;

import java.util.Arrays;
import java.util.Optional;

/** Where a person's identity check stands, as VITA names it (the {@code kyc} claim's values). */
public enum KycStatus {
  NOT_STARTED("not_started"),
  PENDING("pending"),
  APPROVED("approved"),
  DECLINED("declined"),
  NEEDS_REVIEW("needs_review");

  private final String value;

  KycStatus(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  /** A provider has spoken: approved, declined or waiting for a person to review. */
  public boolean isDecision() {
    return this == APPROVED || this == DECLINED || this == NEEDS_REVIEW;
  }

  /** A new session may be opened: none yet, one under way (DIDIT returns it), or a refusal. */
  public boolean mayStartCheck() {
    return this == NOT_STARTED || this == PENDING || this == DECLINED;
  }

  public static Optional<KycStatus> of(String value) {
    return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
  }
}
