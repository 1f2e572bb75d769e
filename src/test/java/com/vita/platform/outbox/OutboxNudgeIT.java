package com.vita.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.devstack.PayaraMicroServer;
import com.vita.testing.Closing;
import com.vita.testing.OwnServer;
import com.vita.testing.TestDatabase;
import com.vita.testing.TestOutbox;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code Outbox#append} inside a real transaction, through a probe servlet: a committed event
 * leaves within milliseconds (the commit nudges the dispatcher; the timer alone would take half a
 * second on average, up to a second), a rolled-back one never exists.
 */
class OutboxNudgeIT {

  private static PayaraMicroServer server;

  @BeforeAll
  static void start() throws Exception {
    server = OwnServer.startWithProbes("outbox-nudge", Map.of());
  }

  @AfterAll
  static void stop() throws Exception {
    Closing.all(server);
  }

  @Test
  void aCommittedEventLeavesWithinMillisecondsAndARolledBackOneNeverExists() throws Exception {
    UUID aggregate = UUID.randomUUID();
    List<Long> latencies = new ArrayList<>();
    try (Connection db = TestDatabase.connect()) {
      for (int n = 0; n < 15; n++) {
        Thread.sleep(137); // lands anywhere within the timer's second
        UUID event = UUID.fromString(append(aggregate, n, "commit"));
        TestOutbox.awaitPublished(db, Duration.ofSeconds(10), event);
        latencies.add(
            ((Number)
                    TestDatabase.rows(
                            "select (extract(epoch from published_at - occurred_at) * 1000)::bigint"
                                + " as ms from outbox_event where id = ?",
                            event)
                        .get(0)
                        .get("ms"))
                .longValue());
      }
      String rolledBack = append(aggregate, 99, "rollback");
      Thread.sleep(1500);
      assertEquals(
          0,
          TestDatabase.rows("select 1 from outbox_event where id = ?", UUID.fromString(rolledBack))
              .size());
    }
    List<Long> sorted = new ArrayList<>(latencies);
    sorted.sort(null);
    long median = sorted.get(sorted.size() / 2);
    System.out.println("Append to published, ms: " + latencies + ", median " + median);
    assertTrue(median < 250, "median " + median + " ms: the nudge, not the timer, sent them");
  }

  private static String append(UUID aggregate, int n, String outcome) {
    return given(OwnServer.api(server))
        .queryParam("aggregate", aggregate.toString())
        .queryParam("n", n)
        .queryParam("outcome", outcome)
        .post("/probe/outbox")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }
}
