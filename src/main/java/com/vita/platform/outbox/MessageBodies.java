package com.vita.platform.outbox;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;

/**
 * An event as the body of a queue message: the whole {@link OutboxMessage} as one JSON object, so
 * any consumer (VITA's or another) needs nothing but the body. The event id is also the message's
 * deduplication id, the aggregate id its message group.
 */
final class MessageBodies {

  private MessageBodies() {}

  static String write(OutboxMessage message) {
    return Json.createObjectBuilder()
        .add("eventId", message.eventId().toString())
        .add("aggregateType", message.aggregateType())
        .add("aggregateId", message.aggregateId().toString())
        .add("eventType", message.eventType())
        .add("occurredAt", message.occurredAt().toString())
        .add("payload", message.payload())
        .build()
        .toString();
  }

  /**
   * @throws RuntimeException (JSON-P's or a parse error) on a body that is not one of ours
   */
  static OutboxMessage read(String body) {
    JsonObject json;
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      json = reader.readObject();
    }
    return new OutboxMessage(
        UUID.fromString(json.getString("eventId")),
        json.getString("aggregateType"),
        UUID.fromString(json.getString("aggregateId")),
        json.getString("eventType"),
        Instant.parse(json.getString("occurredAt")),
        json.getJsonObject("payload"));
  }
}
