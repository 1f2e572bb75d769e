package com.vita.shipping.entity;

import com.vita.platform.persistence.CodedEnum;

/**
 * Where a shipment stands, in VITA's own words; a carrier's statuses are translated to these at the
 * edge. Delivered and returned are final: later events are kept in the history but move nothing.
 */
public enum ShipmentStatus implements CodedEnum {
  REGISTERED("registered"),
  IN_TRANSIT("in_transit"),
  OUT_FOR_DELIVERY("out_for_delivery"),
  FAILED_ATTEMPT("failed_attempt"),
  DELIVERED("delivered"),
  RETURNED("returned");

  private final String value;

  ShipmentStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  public boolean isFinal() {
    return this == DELIVERED || this == RETURNED;
  }
}
