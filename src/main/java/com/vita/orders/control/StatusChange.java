package com.vita.orders.control;

import com.vita.orders.entity.OrderStatus;

/**
 * A requested move of an order: the status wanted, the carrier and its tracking number when
 * shipping, and an optional note kept in the history.
 */
public record StatusChange(
    OrderStatus status, String carrier, String trackingNumber, String note) {}
