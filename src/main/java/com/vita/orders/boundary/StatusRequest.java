package com.vita.orders.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code PUT /orders/{id}/status}: the status wanted; carrier and tracking number to ship. */
public record StatusRequest(
    @NotBlank String status,
    @Size(max = 60) String carrier,
    @Size(max = 100) String trackingNumber,
    @Size(max = 500) String note) {}
