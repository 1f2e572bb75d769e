package com.vita.stores.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the analytics take from an order event's payload (the orders component's contract): the
 * order, its store, the UTC day it was placed, its currency, total and lines. A payload without
 * them is refused, so the event is tried again and in the end dead-lettered or parked, never half
 * counted.
 */
record OrderSale(
    UUID orderId,
    UUID storeId,
    LocalDate day,
    String currency,
    long totalMinor,
    String previousStatus,
    List<Line> lines) {

  record Line(UUID productId, String name, long quantity, long totalMinor) {}

  static OrderSale from(JsonObject payload) {
    List<Line> lines = new ArrayList<>();
    for (JsonValue value : required(payload, "lines").asJsonArray()) {
      JsonObject line = value.asJsonObject();
      lines.add(
          new Line(
              UUID.fromString(text(line, "productId")),
              text(line, "name"),
              amount(line, "quantity"),
              amount(line, "lineTotalMinor")));
    }
    String currency = text(payload, "currency");
    if (!currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("An order event's currency is " + currency);
    }
    JsonValue previous = payload.get("previousStatus");
    return new OrderSale(
        UUID.fromString(text(payload, "orderId")),
        UUID.fromString(text(payload, "storeId")),
        LocalDate.ofInstant(Instant.parse(text(payload, "placedAt")), ZoneOffset.UTC),
        currency,
        amount(payload, "totalMinor"),
        previous instanceof JsonString status ? status.getString() : null,
        List.copyOf(lines));
  }

  private static JsonValue required(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      throw new IllegalArgumentException("An order event without " + name);
    }
    return value;
  }

  private static String text(JsonObject json, String name) {
    if (required(json, name) instanceof JsonString text) {
      return text.getString();
    }
    throw new IllegalArgumentException("An order event's " + name + " is not a string");
  }

  private static long amount(JsonObject json, String name) {
    if (required(json, name) instanceof JsonNumber number && number.isIntegral()) {
      long amount = number.longValueExact();
      if (amount >= 0) {
        return amount;
      }
    }
    throw new IllegalArgumentException("An order event's " + name + " is not a whole amount >= 0");
  }
}
