package com.vita.platform.outbox;

import java.util.UUID;

/**
 * Fired by {@link Outbox#append} inside the caller's transaction; observed after its commit to
 * nudge the dispatcher, so an event leaves within milliseconds rather than at the next tick.
 */
record OutboxAppended(UUID eventId) {}
