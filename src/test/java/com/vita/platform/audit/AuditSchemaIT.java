package com.vita.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The audit table as the shared server's migration left it: columns, indexes and the checks that
 * keep bad rows out even when they do not come through {@link AuditTrail}.
 */
class AuditSchemaIT {

  @Test
  void theTableHasItsColumns() throws SQLException {
    Map<String, Object> columns = new TreeMap<>();
    for (Map<String, Object> column :
        TestDatabase.rows(
            "SELECT column_name,"
                + " data_type"
                + " || coalesce('(' || character_maximum_length || ')', '')"
                + " || CASE is_nullable WHEN 'NO' THEN ' not null' ELSE '' END"
                + " || coalesce(' default ' || column_default, '') AS definition"
                + " FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = 'audit_event'")) {
      columns.put((String) column.get("column_name"), column.get("definition"));
    }
    assertEquals(
        Map.of(
            "id", "bigint not null",
            "occurred_at", "timestamp with time zone not null default now()",
            "action", "character varying(64) not null",
            "actor_id", "uuid",
            "subject", "character varying(255)",
            "ip", "character varying(45)",
            "request_id", "character varying(128)",
            "details", "jsonb not null default '{}'::jsonb"),
        columns);
  }

  @Test
  void lookupsByActorAndByActionAreIndexed() throws SQLException {
    Map<Object, Object> indexes = new TreeMap<>();
    for (Map<String, Object> index :
        TestDatabase.rows(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'audit_event'")) {
      indexes.put(index.get("indexname"), index.get("indexdef"));
    }
    assertTrue(
        String.valueOf(indexes.get("audit_event_actor")).endsWith("(actor_id, occurred_at)"),
        indexes::toString);
    assertTrue(
        String.valueOf(indexes.get("audit_event_action")).endsWith("(action, occurred_at)"),
        indexes::toString);
  }

  @Test
  void theDatabaseRefusesMalformedRows() throws SQLException {
    try (Connection connection = TestDatabase.connect()) {
      connection.setAutoCommit(false);
      try {
        assertEquals(1, insert(connection, "'auth.login.failure'", "'{}'"), "a good row goes in");
        assertRefused(connection, "'Login Failed'", "'{}'");
        assertRefused(connection, "'auth.logout'", "'[\"not\", \"an object\"]'");
        assertRefused(connection, "'auth.logout'", "NULL");
      } finally {
        connection.rollback(); // leave no rows behind
      }
    }
  }

  private static int insert(Connection connection, String action, String details)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      return statement.executeUpdate(
          "INSERT INTO audit_event (action, details) VALUES (" + action + ", " + details + ")");
    }
  }

  private static void assertRefused(Connection connection, String action, String details)
      throws SQLException {
    var savepoint = connection.setSavepoint();
    try {
      insert(connection, action, details);
      throw new AssertionError("accepted " + action + " / " + details);
    } catch (SQLException refused) {
      // 23514: check violation, 23502: not-null violation
      assertTrue(
          refused.getSQLState().equals("23514") || refused.getSQLState().equals("23502"),
          refused.getSQLState() + " " + refused.getMessage());
      connection.rollback(savepoint);
    }
  }
}
