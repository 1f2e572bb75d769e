package com.vita.kyc.entity;

import com.vita.platform.persistence.CodedEnum;
import java.util.Optional;

/** Where a person's identity check stands, as VITA names it (the {@code kyc} claim's values). */
public enum KycStatus implements CodedEnum {
  NOT_STARTED("not_started"),
  PENDING("pending"),
  APPROVED("approved"),
  DECLINED("declined"),
  NEEDS_REVIEW("needs_review");

  private final String value;

  KycStatus(String value) {
    this.value = value;
  }

  @Override
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
    return CodedEnum.of(KycStatus.class, value);
  }
}
