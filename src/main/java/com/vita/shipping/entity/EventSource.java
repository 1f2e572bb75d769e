package com.vita.shipping.entity;

import com.vita.platform.persistence.CodedEnum;

/** Who recorded a tracking event: VITA itself (the shipment opened), the seller, or the carrier. */
public enum EventSource implements CodedEnum {
  VITA("vita"),
  SELLER("seller"),
  CARRIER("carrier");

  private final String value;

  EventSource(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
