package com.vita.shipping.control;

import com.vita.platform.money.Money;
import java.math.BigDecimal;

/**
 * What one carrier service charges for one shipment, as handed to other components (orders): the
 * method's id (what a checkout names), the price in the destination country's currency, the weight
 * billed and the promised delivery days.
 */
public record QuotedShipping(
    long methodId,
    String carrier,
    String service,
    Money price,
    BigDecimal billableWeightKg,
    int minDeliveryDays,
    int maxDeliveryDays) {}
