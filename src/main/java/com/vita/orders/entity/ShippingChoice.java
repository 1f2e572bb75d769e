package com.vita.orders.entity;

import com.vita.platform.money.Money;

/** The shipping service the buyer chose for one store's parcel and what it was quoted. */
public record ShippingChoice(long methodId, String carrier, String service, Money price) {}
