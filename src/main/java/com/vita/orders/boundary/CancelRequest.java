package com.vita.orders.boundary;

import jakarta.validation.constraints.Size;

/** {@code POST /orders/{id}/cancel}: an optional reason, kept in the history. */
public record CancelRequest(@Size(max = 500) String note) {}
