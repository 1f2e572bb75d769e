package com.vita.shipping.boundary;

import com.vita.platform.persistence.CodedEnum;
import com.vita.shipping.control.ShipmentEvents;
import com.vita.shipping.entity.ShipmentStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;

/** An event a seller reports; {@code occurredAt} defaults to now. */
public record TrackingEventRequest(
    @NotNull
        @Pattern(
            regexp = "in_transit|out_for_delivery|failed_attempt|delivered|returned",
            message = "must be in_transit, out_for_delivery, failed_attempt, delivered or returned")
        String status,
    @NotBlank @Size(max = 300) String description,
    @Size(max = 120) String location,
    Instant occurredAt) {

  ShipmentEvents.Report report(Clock clock) {
    return new ShipmentEvents.Report(
        CodedEnum.of(ShipmentStatus.class, status).orElseThrow(),
        description.strip(),
        location == null || location.isBlank() ? null : location.strip(),
        occurredAt == null ? clock.instant() : occurredAt);
  }
}
