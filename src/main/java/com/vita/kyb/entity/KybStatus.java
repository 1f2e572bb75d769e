package com.vita.kyb.entity;

import com.vita.platform.persistence.CodedEnum;
import java.util.Optional;

/** Where a business verification stands, as VITA names it (the {@code kyb} claim's values). */
public enum KybStatus implements CodedEnum {
  DRAFT("draft"),
  SUBMITTED("submitted"),
  IN_REVIEW("in_review"),
  APPROVED("approved"),
  REJECTED("rejected"),
  MORE_INFO_REQUESTED("more_info_requested");

  private final String value;

  KybStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  public static Optional<KybStatus> of(String value) {
    return CodedEnum.of(KybStatus.class, value);
  }
}
