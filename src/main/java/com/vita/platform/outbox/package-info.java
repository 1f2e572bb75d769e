/**
 * The transactional outbox: {@link com.vita.platform.outbox.Outbox#append} writes an event in the
 * transaction of the change it announces; a dispatcher publishes unpublished rows in order (to SQS
 * FIFO when configured, in-process otherwise) and observers receive {@link
 * com.vita.platform.outbox.OutboxMessage} at least once, deduplicating by event id.
 */
package com.vita.platform.outbox;
