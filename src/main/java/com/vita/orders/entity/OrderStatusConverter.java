package com.vita.orders.entity;

import com.vita.platform.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class OrderStatusConverter extends CodedEnumConverter<OrderStatus> {

  public OrderStatusConverter() {
    super(OrderStatus.class);
  }
}
