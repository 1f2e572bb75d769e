package com.vita.shipping.control;

import java.time.Instant;

/**
 * One step of a shipment's history as other components (orders) and the tracking endpoint show it.
 *
 * @param status VITA's status code: registered, in_transit, out_for_delivery, failed_attempt,
 *     delivered, returned
 * @param location where it happened, or null when the reporter did not say
 */
public record TrackingEvent(
    String status, String description, String location, Instant occurredAt) {}
