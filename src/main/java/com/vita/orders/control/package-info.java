/**
 * The orders logic: {@code Checkout} (cart to one order per store, stock reserved at once), {@code
 * OrderTransitions} (who may move an order where), {@code OrderPayments} (payments confirm a
 * checkout), {@code OrderExpiry}, {@code OrderDeliveries} (shipping's delivery events), {@code
 * OrderEvents} (outbox) and {@code OrderMails} (notifications from the outbox).
 */
package com.vita.orders.control;
