package com.vita.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageBodiesTest {

  @Test
  void aMessageBodyCarriesTheWholeEvent() {
    OutboxMessage message =
        new OutboxMessage(
            UUID.randomUUID(),
            "order",
            UUID.randomUUID(),
            "order.confirmed",
            Instant.parse("2026-12-01T15:05:00.123456Z"),
            Json.createObjectBuilder().add("totalMinor", 25980).add("currency", "CLP").build());

    assertEquals(message, MessageBodies.read(MessageBodies.write(message)));
  }

  @Test
  void aBodyThatIsNotAnEventIsRefused() {
    assertThrows(RuntimeException.class, () -> MessageBodies.read("{\"eventId\":\"x\"}"));
    assertThrows(RuntimeException.class, () -> MessageBodies.read("not json"));
  }
}
