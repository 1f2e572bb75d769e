package com.vita.stores.entity;

import com.vita.platform.persistence.CodedEnum;

/**
 * Where a store stands: {@code inactive} when opened (visible at its address, takes no orders),
 * {@code active} once its owner qualified (takes orders, shown in the marketplace), {@code deleted}
 * when its owner closed it (kept for its orders and its reserved address, shown nowhere).
 */
public enum StoreStatus implements CodedEnum {
  INACTIVE("inactive"),
  ACTIVE("active"),
  DELETED("deleted");

  private final String value;

  StoreStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
