package com.vita.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.devstack.DatabaseSettings;
import com.vita.devstack.PayaraMicroServer;
import com.vita.testing.Closing;
import com.vita.testing.ElasticMq;
import com.vita.testing.OwnServer;
import com.vita.testing.TestDatabase;
import com.vita.testing.TestOutbox;
import jakarta.json.Json;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The dispatcher publishing to a real SQS-compatible server (ElasticMQ, in this JVM). VITA's own
 * consumer is off here, so the test reads the queue itself and sees exactly what was sent. The
 * server runs on a database of its own: the shared server's dispatcher would otherwise deliver
 * these rows in process first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SqsOutboxIT {

  private static final Duration QUIET = Duration.ofSeconds(2);

  private static ElasticMq mq;
  private static DatabaseSettings database;
  private static Map<String, String> settings;
  private static PayaraMicroServer server;

  @BeforeAll
  static void start() throws Exception {
    mq = ElasticMq.start(3, 30);
    database = TestDatabase.fresh("vita_outbox_sqs");
    settings = new HashMap<>(mq.serverSettings());
    settings.put("OUTBOX_SQS_CONSUMER_ENABLED", "false");
    settings.put("OUTBOX_RETRY_BASE_MS", "200");
    settings.put("OUTBOX_RETRY_MAX_MS", "1000");
    settings.put("OUTBOX_DISPATCH_BATCH_SIZE", "500");
    server = OwnServer.startOn("outbox-sqs", database, settings);
  }

  @AfterAll
  static void stop() throws Exception {
    Closing.all(server, mq);
  }

  @Test
  @Order(1)
  void eventsReachTheQueueInOrderPerAggregateWithTheEventIdAsDeduplicationId() throws Exception {
    List<UUID> aggregates = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    Map<UUID, String> types = new HashMap<>();
    List<UUID> ids = new ArrayList<>();
    try (Connection db = TestDatabase.connect(database)) {
      db.setAutoCommit(false);
      for (int n = 0; n < 10; n++) {
        for (UUID aggregate : aggregates) {
          String type = n % 2 == 0 ? "order.placed" : "order.confirmed";
          UUID id = TestOutbox.append(db, "order", aggregate, type, "{\"n\":" + n + "}");
          ids.add(id);
          types.put(id, type);
        }
      }
      db.commit();
      db.setAutoCommit(true);
      TestOutbox.awaitPublished(db, Duration.ofSeconds(20), ids.toArray(UUID[]::new));
    }

    List<Message> messages = mq.drain(mq.queueUrl(), QUIET);

    assertEquals(30, messages.size());
    Map<String, List<Integer>> perGroup = new LinkedHashMap<>();
    for (Message message : messages) {
      var body = Json.createReader(new StringReader(message.body())).readObject();
      String group = message.attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID);
      UUID eventId = UUID.fromString(body.getString("eventId"));
      assertEquals(body.getString("aggregateId"), group, "message group = aggregate id");
      assertEquals(
          eventId.toString(),
          message.attributes().get(MessageSystemAttributeName.MESSAGE_DEDUPLICATION_ID),
          "deduplication id = event id");
      assertEquals(types.get(eventId), body.getString("eventType"));
      MessageAttributeValue type = message.messageAttributes().get("eventType");
      assertNotNull(type, "the event type travels as a message attribute");
      assertEquals(types.get(eventId), type.stringValue());
      assertEquals("order", message.messageAttributes().get("aggregateType").stringValue());
      perGroup
          .computeIfAbsent(group, g -> new ArrayList<>())
          .add(body.getJsonObject("payload").getInt("n"));
    }
    List<Integer> inOrder = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertEquals(3, perGroup.size());
    perGroup.forEach((group, ns) -> assertEquals(inOrder, ns, "group " + group));
  }

  @Test
  @Order(2)
  void aFailingPublishIsRetriedWithBackoffAndItsAggregateWaitsBehindIt() throws Exception {
    UUID order = UUID.randomUUID();
    mq.stop();
    UUID first;
    UUID second;
    try (Connection db = TestDatabase.connect(database)) {
      first = TestOutbox.append(db, "order", order, "order.placed", "{\"n\":1}");
      TestOutbox.await(
          Duration.ofSeconds(20),
          "three failed tries recorded",
          () -> intOf(db, "select attempts from outbox_event where id = '" + first + "'") >= 3);
      second = TestOutbox.append(db, "order", order, "order.confirmed", "{\"n\":2}");
      Thread.sleep(1500); // ticks pass: the second must wait behind the first, not go alone
      assertEquals(0, TestOutbox.published(db, first, second));
      assertTrue(
          text(db, "select last_error from outbox_event where id = '" + first + "'")
              .contains("Exception"));

      mq.restart();
      TestOutbox.awaitPublished(db, Duration.ofSeconds(20), first, second);
    }

    List<Message> messages = mq.drain(mq.queueUrl(), QUIET);
    assertEquals(List.of(first.toString(), second.toString()), eventIds(messages));
  }

  @Test
  @Order(3)
  void aResendOfAnEventTheQueueAlreadyHasIsAbsorbedByItsDeduplicationId() throws Exception {
    // The state a dispatcher leaves when it dies after sending and before its commit: the message
    // is in the queue, the row is not marked. The next dispatch sends it again.
    UUID order = UUID.randomUUID();
    UUID event = UUID.randomUUID();
    mq.client()
        .sendMessage(
            send ->
                send.queueUrl(mq.queueUrl())
                    .messageGroupId(order.toString())
                    .messageDeduplicationId(event.toString())
                    .messageBody(
                        "{\"eventId\":\"" + event + "\",\"note\":\"sent before the crash\"}"));
    try (Connection db = TestDatabase.connect(database)) {
      try (Statement insert = db.createStatement()) {
        insert.executeUpdate(
            "insert into outbox_event (id, aggregate_type, aggregate_id, event_type, payload,"
                + " occurred_at) values ('"
                + event
                + "', 'order', '"
                + order
                + "', 'order.placed', '{}', now())");
      }
      TestOutbox.awaitPublished(db, Duration.ofSeconds(20), event);
    }

    List<Message> messages = mq.drain(mq.queueUrl(), QUIET);
    assertEquals(1, messages.size(), "one message for the event, not two");
    assertTrue(messages.get(0).body().contains("sent before the crash"));
  }

  @Test
  @Order(4)
  void killingTheServerMidDispatchLosesNothingAndDuplicatesNothing() throws Exception {
    List<UUID> aggregates = new ArrayList<>();
    for (int a = 0; a < 50; a++) {
      aggregates.add(UUID.randomUUID());
    }
    List<UUID> ids = new ArrayList<>();
    try (Connection db = TestDatabase.connect(database)) {
      db.setAutoCommit(false);
      for (int n = 0; n < 30; n++) {
        for (UUID aggregate : aggregates) {
          ids.add(TestOutbox.append(db, "order", aggregate, "order.placed", "{\"n\":" + n + "}"));
        }
      }
      db.commit(); // 1500 events: three batches of 500, each one transaction of 500 sends
      db.setAutoCommit(true);
      TestOutbox.await(Duration.ofSeconds(20), "the first sends", () -> queued() > 0);
      server.kill();
      long publishedAtKill = TestOutbox.published(db, ids.toArray(UUID[]::new));
      long queuedAtKill = queued();
      System.out.println(
          "Killed with " + queuedAtKill + " sent, " + publishedAtKill + " marked published");
      assertTrue(publishedAtKill < ids.size(), "killed mid-way: " + publishedAtKill);
      assertTrue(queuedAtKill > publishedAtKill, "sent and not yet marked: resent on restart");

      server = OwnServer.startOn("outbox-sqs", database, settings);
      TestOutbox.awaitPublished(db, Duration.ofSeconds(60), ids.toArray(UUID[]::new));
    }

    List<Message> messages = mq.drain(mq.queueUrl(), QUIET);
    List<String> received = eventIds(messages);
    Set<String> distinct = new HashSet<>(received);
    assertEquals(ids.size(), distinct.size(), "every event arrived");
    assertEquals(ids.size(), received.size(), "and none twice");
    Map<String, List<Integer>> perGroup = new HashMap<>();
    for (Message message : messages) {
      perGroup
          .computeIfAbsent(
              message.attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID),
              g -> new ArrayList<>())
          .add(
              Json.createReader(new StringReader(message.body()))
                  .readObject()
                  .getJsonObject("payload")
                  .getInt("n"));
    }
    perGroup.forEach(
        (group, ns) -> {
          List<Integer> sorted = new ArrayList<>(ns);
          sorted.sort(null);
          assertEquals(sorted, ns, "in order in group " + group);
        });
  }

  private static long queued() {
    Map<QueueAttributeName, String> attributes =
        mq.client()
            .getQueueAttributes(
                get ->
                    get.queueUrl(mq.queueUrl())
                        .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
            .attributes();
    return Long.parseLong(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
  }

  private static List<String> eventIds(List<Message> messages) {
    return messages.stream()
        .map(m -> Json.createReader(new StringReader(m.body())).readObject().getString("eventId"))
        .toList();
  }

  private static int intOf(Connection db, String sql) throws Exception {
    try (Statement query = db.createStatement();
        ResultSet result = query.executeQuery(sql)) {
      return result.next() ? result.getInt(1) : 0;
    }
  }

  private static String text(Connection db, String sql) throws Exception {
    try (Statement query = db.createStatement();
        ResultSet result = query.executeQuery(sql)) {
      result.next();
      return result.getString(1);
    }
  }
}
