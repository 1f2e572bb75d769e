package com.vita.shipping.control;

import com.vita.platform.persistence.CodedEnum;
import com.vita.shipping.entity.ShipmentStatus;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A carrier webhook's body, VITA's format (each carrier's own format is translated to it by the
 * carrier's adapter, or the carrier sends it as agreed):
 *
 * <pre>
 * {"eventId":"evt-123","trackingNumber":"CX123456","status":"delivered",
 *  "description":"Entregado a Juan","location":"Santiago","occurredAt":"2026-12-01T15:00:00Z"}
 * </pre>
 *
 * {@code status} is one of VITA's codes but {@code registered}; {@code location} is optional.
 */
public record CarrierEventReport(
    String eventId, String trackingNumber, ShipmentEvents.Report report) {

  /**
   * @throws IllegalArgumentException when the body is not such an event (the message says why)
   */
  public static CarrierEventReport parse(byte[] body) {
    JsonObject json;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      json = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new IllegalArgumentException("the body is not a JSON object");
    }
    String eventId = required(json, "eventId", 100);
    String trackingNumber = required(json, "trackingNumber", 100);
    String code = required(json, "status", 20);
    ShipmentStatus status =
        CodedEnum.of(ShipmentStatus.class, code)
            .filter(s -> s != ShipmentStatus.REGISTERED)
            .orElseThrow(() -> new IllegalArgumentException("unknown status " + code));
    String description = required(json, "description", 300);
    String location = optional(json, "location", 120);
    Instant occurredAt;
    try {
      occurredAt = Instant.parse(required(json, "occurredAt", 40));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("occurredAt is not an ISO-8601 instant");
    }
    return new CarrierEventReport(
        eventId,
        trackingNumber,
        new ShipmentEvents.Report(status, description, location, occurredAt));
  }

  private static String required(JsonObject json, String field, int maxLength) {
    String value = optional(json, field, maxLength);
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value;
  }

  private static String optional(JsonObject json, String field, int maxLength) {
    JsonValue value = json.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonString string) || string.getString().isBlank()) {
      throw new IllegalArgumentException(field + " must be a non-blank string");
    }
    String text = string.getString().strip();
    if (text.length() > maxLength) {
      throw new IllegalArgumentException(field + " is longer than " + maxLength);
    }
    return text;
  }
}
