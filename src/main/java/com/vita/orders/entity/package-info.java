/**
 * Orders as rich entities: {@link com.vita.orders.entity.Order} holds its lines, amounts and
 * history and guards its own state machine ({@link com.vita.orders.entity.OrderStatus}); amounts
 * are {@link com.vita.platform.money.Money} fixed at placement, the tax part computed once by
 * {@link com.vita.orders.entity.IncludedTax}.
 */
package com.vita.orders.entity;
