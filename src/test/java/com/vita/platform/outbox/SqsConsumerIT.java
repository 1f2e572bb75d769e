package com.vita.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vita.devstack.DatabaseSettings;
import com.vita.devstack.PayaraMicroServer;
import com.vita.testing.Closing;
import com.vita.testing.ElasticMq;
import com.vita.testing.OwnServer;
import com.vita.testing.TestDatabase;
import com.vita.testing.TestMetrics;
import com.vita.testing.TestOutbox;
import jakarta.json.Json;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * VITA's consumer of its own queue: each message becomes an {@code OutboxMessage} for the observers
 * (here the store analytics, whose receipts show what they received), deleted once handled; a
 * message the observers keep refusing comes back after the visibility timeout and, after the
 * redrive policy's {@code maxReceiveCount} receives, lands in the dead-letter queue, after which
 * the rest of its group goes on.
 */
class SqsConsumerIT {

  private static final int MAX_RECEIVES = 3;

  private static ElasticMq mq;
  private static DatabaseSettings database;
  private static PayaraMicroServer server;

  @BeforeAll
  static void start() throws Exception {
    mq = ElasticMq.start(MAX_RECEIVES, 1);
    database = TestDatabase.fresh("vita_outbox_consumer");
    Map<String, String> settings = new HashMap<>(mq.serverSettings());
    settings.put("OUTBOX_SQS_WAIT_SECONDS", "1");
    settings.put("OUTBOX_SQS_VISIBILITY_TIMEOUT_SECONDS", "1");
    server = OwnServer.startOn("outbox-consumer", database, settings);
  }

  @AfterAll
  static void stop() throws Exception {
    Closing.all(server, mq);
  }

  @Test
  void eachMessageReachesTheObserversOnceAndARefusedOneEndsInTheDeadLetterQueue() throws Exception {
    UUID poisoned = UUID.randomUUID();
    UUID healthy = UUID.randomUUID();
    UUID refused;
    UUID behindIt;
    UUID elsewhere;
    try (Connection db = TestDatabase.connect(database)) {
      // An order.confirmed the analytics cannot read (no currency): every delivery fails.
      refused =
          TestOutbox.append(db, "order", poisoned, "order.confirmed", payload(poisoned, null));
      behindIt =
          TestOutbox.append(db, "order", poisoned, "order.refunded", payload(poisoned, "CLP"));
      elsewhere =
          TestOutbox.append(db, "order", healthy, "order.confirmed", payload(healthy, "CLP"));
      TestOutbox.awaitPublished(db, Duration.ofSeconds(20), refused, behindIt, elsewhere);

      TestOutbox.await(
          Duration.ofSeconds(10), "the healthy one delivered", () -> receipts(db, elsewhere) == 1);
      assertEquals(0, receipts(db, behindIt), "held behind the refused message of its group");

      List<Message> dead = awaitDeadLetters();
      assertEquals(1, dead.size());
      assertEquals(
          refused.toString(),
          Json.createReader(new StringReader(dead.get(0).body()))
              .readObject()
              .getString("eventId"));
      assertEquals(
          MAX_RECEIVES,
          TestMetrics.value(
              OwnServer.api(server),
              "outbox_consumed_total{mp_scope=\"application\",result=\"failed\"}"),
          "refused on each of maxReceiveCount receives, then moved by the queue");
      assertEquals(0, receipts(db, refused), "a refused delivery leaves no receipt");

      TestOutbox.await(
          Duration.ofSeconds(10),
          "its group goes on once it is dead-lettered",
          () -> receipts(db, behindIt) == 1);
    }
    assertEquals(List.of(), mq.drain(mq.queueUrl(), Duration.ofSeconds(2)), "all deleted");
  }

  private List<Message> awaitDeadLetters() throws Exception {
    List<Message>[] dead = new List[1];
    TestOutbox.await(
        Duration.ofSeconds(30),
        "the refused message in the dead-letter queue",
        () -> !(dead[0] = mq.drain(mq.deadLetterUrl(), Duration.ofMillis(500))).isEmpty());
    return dead[0];
  }

  private static String payload(UUID order, String currency) {
    // A store and accounts this database does not know: the analytics count nothing and the order
    // mails go to nobody, but the receipt shows the delivery (the store analytics' own test counts
    // real sales). The fields are the order events' contract (docs/architecture.md).
    return "{\"orderId\":\""
        + order
        + "\",\"storeId\":\""
        + UUID.randomUUID()
        + "\",\"buyerId\":\""
        + UUID.randomUUID()
        + "\",\"sellerId\":\""
        + UUID.randomUUID()
        + "\",\"status\":\"confirmed\",\"previousStatus\":\"pending\""
        + (currency == null ? "" : ",\"currency\":\"" + currency + "\"")
        + ",\"totalMinor\":1000,\"placedAt\":\"2026-12-01T15:00:00Z\",\"lines\":[]}";
  }

  private static long receipts(Connection db, UUID event) throws Exception {
    try (PreparedStatement query =
        db.prepareStatement(
            "select count(*) from outbox_receipt where consumer = 'stores.analytics' and event_id = ?")) {
      query.setObject(1, event);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
