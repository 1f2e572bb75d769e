package com.vita.shipping.control;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired (CDI, synchronously, in the recording transaction) when a shipment's delivery is recorded,
 * by its seller or a verified carrier webhook: orders moves the order from shipped to delivered.
 */
public record ShipmentDelivered(UUID orderId, String trackingId, Instant deliveredAt) {}
