package com.vita.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

  @Test
  void lostConnectionsAnEmptyPoolAndTimedOutStatementsAreUnavailability() {
    assertTrue(DatabaseUnavailable.is(wrapped(new SQLException("refused", "08001"))));
    assertTrue(DatabaseUnavailable.is(wrapped(new SQLException("shutting down", "57P01"))));
    assertTrue(
        DatabaseUnavailable.is(
            wrapped(new SQLException("canceling statement due to statement timeout", "57014"))));
    assertTrue(DatabaseUnavailable.is(wrapped(new SQLTransientConnectionException("gone"))));
    assertTrue(
        DatabaseUnavailable.is(
            new RuntimeException(
                "Unable to acquire JDBC Connection",
                new IllegalStateException(
                    "Error in allocating a connection. Cause: In-use connections equal"
                        + " max-pool-size and expired max-wait-time."))));
  }

  @Test
  void aRequestsOwnFaultIsNot() {
    assertFalse(DatabaseUnavailable.is(wrapped(new SQLException("duplicate key", "23505"))));
    assertFalse(DatabaseUnavailable.is(wrapped(new SQLException("no state", (String) null))));
    assertFalse(DatabaseUnavailable.is(new IllegalStateException((String) null)));
  }

  private static RuntimeException wrapped(SQLException cause) {
    return new RuntimeException("JDBC exception executing SQL", cause);
  }
}
