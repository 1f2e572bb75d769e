package com.vita.platform.outbox;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/**
 * An event as its observers receive it, as a CDI event, once it has left the outbox (from the queue
 * when one is configured, in-process otherwise). Delivery is at least once: observers deduplicate
 * by {@link #eventId}.
 *
 * @param eventType dotted lower-case name, e.g. {@code order.placed}
 * @param payload the facts of the event, as written by the component that raised it
 */
public record OutboxMessage(
    UUID eventId,
    String aggregateType,
    UUID aggregateId,
    String eventType,
    Instant occurredAt,
    JsonObject payload) {}
