package com.vita.orders.control;

import com.vita.orders.entity.Order;
import com.vita.orders.entity.OrderLine;
import com.vita.orders.entity.OrderStatus;
import com.vita.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * Announces every change of an order through the outbox, in the transaction of the change: {@code
 * order.placed}, {@code order.confirmed}, … with the payload of the contract (ids, status
 * and the one before, amounts in minor units, lines, tracking once shipped).
 */
@ApplicationScoped
public class OrderEvents {

  public static final String AGGREGATE = "order";

  @Inject Outbox outbox;

  /** Writes the event of the order having become its current status from {@code previous}. */
  public void changed(Order order, OrderStatus previous, Instant occurredAt) {
    String type = "order." + (previous == null ? "placed" : order.status().value());
    outbox.append(AGGREGATE, order.id(), type, payload(order, previous, occurredAt));
  }

  static JsonObject payload(Order order, OrderStatus previous, Instant occurredAt) {
    JsonArrayBuilder lines = Json.createArrayBuilder();
    for (OrderLine line : order.lines()) {
      lines.add(
          Json.createObjectBuilder()
              .add("productId", line.productId().toString())
              .add("name", line.name())
              .add("quantity", line.quantity())
              .add("unitPriceMinor", line.unitPrice().minorUnits())
              .add("lineTotalMinor", line.lineTotal().minorUnits()));
    }
    JsonObjectBuilder payload =
        Json.createObjectBuilder()
            .add("orderId", order.id().toString())
            .add("checkoutId", order.checkoutId().toString())
            .add("storeId", order.storeId().toString())
            .add("sellerId", order.sellerId().toString())
            .add("buyerId", order.buyerId().toString())
            .add("status", order.status().value());
    nullable(payload, "previousStatus", previous == null ? null : previous.value());
    payload
        .add("currency", order.total().currency().getCurrencyCode())
        .add("totalMinor", order.total().minorUnits())
        .add("taxMinor", order.tax().minorUnits())
        .add("shippingMinor", order.shipping().minorUnits())
        .add("placedAt", order.placedAt().toString())
        .add("occurredAt", occurredAt.toString())
        .add("lines", lines);
    nullable(payload, "carrier", order.carrier());
    nullable(payload, "trackingNumber", order.trackingNumber());
    return payload.build();
  }

  private static void nullable(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }
}
