/**
 * Orders: a buyer's cart becomes one order per store under one checkout id (paid once, by
 * payments), priced on the server (catalogue price at order time, the shipping quote, the country's
 * tax included in the total), with its stock reserved in the same transaction through the
 * catalogue's {@code StockLedger}, locked product by product in one fixed order so checkouts never
 * oversell and never deadlock. The entity guards a strict state machine; every change writes a
 * history row and an outbox event in its transaction, and mails follow the events. Unpaid orders
 * expire and give their stock back. {@code POST /orders} is idempotent by key
 * (platform/idempotency). Orders reaches stores, catalog and shipping only through their control
 * classes and never reads their tables; shipping's delivery reaches it as a CDI event.
 */
package com.vita.orders;
