/**
 * The transactional outbox: {@link com.vita.platform.outbox.Outbox#append} writes an event in the
 * transaction of the change it announces; a dispatcher publishes unpublished rows in order (to SQS
 * FIFO when configured, in-process otherwise) and observers receive {@link
 * com.vita.platform.outbox.OutboxMessage} at least once, deduplicating by event id ({@link
 * com.vita.platform.outbox.Receipts}).
 *
 * <ul>
 *   <li><b>Dispatch</b>: {@code OutboxDispatcher} drains due events batch by batch, each batch one
 *       transaction under a PostgreSQL advisory lock ({@code DispatchBatch}, {@code
 *       PendingEvents}), so one instance dispatches at a time. It runs on an EJB {@code @Schedule}
 *       timer ({@code OutboxTimer}, every second) rather than an executor loop of our own: the
 *       container owns the timer's thread, its start after deployment and its stop on undeploy, and
 *       a non-persistent schedule needs no state per instance. Platform has no layers, so this
 *       boundary-like entry point lives here. A commit that appended events nudges a drain at once
 *       ({@code OutboxAppended} observed {@code AFTER_SUCCESS} by {@code DispatchNudge}).
 *   <li><b>Order</b>: by {@code sequence}; a failed event holds back the later events of its
 *       aggregate (backoff in {@code next_attempt_at}), not the others.
 *   <li><b>Publishers</b>: {@code SqsPublisher} (group = aggregate id, deduplication id = event id)
 *       or {@code InProcessPublisher}, chosen once by {@code OutboxChannel}; in-process delivery is
 *       a local fallback production refuses ({@code InProcessDeliveryFallback}).
 *   <li><b>Consumer</b>: {@code QueueConsumer} long-polls the queue and delivers each message in
 *       its own transaction ({@code Deliveries}); refused messages return and, after the queue's
 *       {@code maxReceiveCount}, go to its dead-letter queue. In process, an event refused {@code
 *       outbox.in-process.max-attempts} times is parked ({@code ParkedEvents}, admin endpoint
 *       {@code OutboxAdminResource}).
 * </ul>
 */
package com.vita.platform.outbox;
