package com.vita.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes outbox events the way {@code Outbox#append} does (the table is the contract: one row per
 * event, in the log's order), for tests that cannot call a bean in the server, and waits for the
 * dispatcher to be done with them.
 */
public final class TestOutbox {

  private TestOutbox() {}

  /** Appends one event; the caller commits (or runs in auto-commit). */
  public static UUID append(
      Connection db, String aggregateType, UUID aggregateId, String eventType, String payload)
      throws SQLException {
    UUID id = UUID.randomUUID();
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into outbox_event (id, aggregate_type, aggregate_id, event_type, payload,"
                + " occurred_at) values (?, ?, ?, ?, cast(? as jsonb), now())")) {
      insert.setObject(1, id);
      insert.setString(2, aggregateType);
      insert.setObject(3, aggregateId);
      insert.setString(4, eventType);
      insert.setString(5, payload);
      insert.executeUpdate();
    }
    return id;
  }

  /** How many of the events have been published. */
  public static long published(Connection db, UUID... events) throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement(
            "select count(*) from outbox_event where published_at is not null and id = any(?)")) {
      query.setArray(1, db.createArrayOf("uuid", events));
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  /** Waits until every event was published. */
  public static void awaitPublished(Connection db, Duration within, UUID... events)
      throws Exception {
    await(within, "events published", () -> published(db, events) == events.length);
  }

  /** Polls the condition every 50 ms until it holds, or fails the test. */
  public static void await(Duration within, String what, Check condition) throws Exception {
    Instant deadline = Instant.now().plus(within);
    while (!condition.holds()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Not within " + within + ": " + what);
      }
      Thread.sleep(50);
    }
  }

  /** A condition that may query the database. */
  @FunctionalInterface
  public interface Check {
    boolean holds() throws Exception;
  }
}
