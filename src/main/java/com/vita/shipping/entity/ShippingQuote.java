package com.vita.shipping.entity;

import com.vita.platform.money.Money;
import java.math.BigDecimal;

/** What one shipping method charges for one parcel. */
public record ShippingQuote(ShippingMethod method, BigDecimal chargeableWeightKg, Money price) {}
