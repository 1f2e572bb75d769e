package com.vita.shipping.control;

import com.vita.platform.money.Money;

/** What a carrier answers for one service, one destination and one billable weight. */
public record CarrierQuote(Money price, int minDeliveryDays, int maxDeliveryDays) {}
