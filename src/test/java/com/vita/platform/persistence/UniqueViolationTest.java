package com.vita.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UniqueViolationTest {

  private static PersistenceException wrapped(SQLException cause) {
    return new PersistenceException("could not execute statement", new RuntimeException(cause));
  }

  @Test
  void aUniqueViolationNamesItsConstraint() {
    SQLException sql =
        new SQLException(
            "ERROR: duplicate key value violates unique constraint \"account_email_unique\"\n"
                + "  Detail: Key (email)=(a@b.c) already exists.",
            "23505");
    assertEquals(Optional.of("account_email_unique"), UniqueViolation.in(wrapped(sql)));
    assertTrue(UniqueViolation.of(wrapped(sql), "account_email_unique"));
    assertFalse(UniqueViolation.of(wrapped(sql), "business_tax_id_active"));
  }

  @Test
  void otherFailuresAreNotDuplicates() {
    SQLException check =
        new SQLException("new row violates check constraint \"account_email_normalised\"", "23514");
    SQLException lost = new SQLException("An I/O error occurred while sending", "08006");
    assertEquals(Optional.empty(), UniqueViolation.in(wrapped(check)));
    assertEquals(Optional.empty(), UniqueViolation.in(wrapped(lost)));
    assertEquals(Optional.empty(), UniqueViolation.in(new PersistenceException("no cause")));
  }

  @Test
  void aBatchReportsTheViolationInItsNextException() {
    SQLException batch = new SQLException("Batch entry 0 was aborted", "25P02");
    batch.setNextException(
        new SQLException("duplicate key value violates unique constraint \"x_unique\"", "23505"));
    assertEquals(Optional.of("x_unique"), UniqueViolation.in(wrapped(batch)));
  }

  @Test
  void lostConnectionsAndAnExhaustedPoolAreUnavailabilityNotErrors() {
    assertTrue(DatabaseUnavailable.is(wrapped(new SQLException("Connection refused", "08001"))));
    assertTrue(DatabaseUnavailable.is(wrapped(new SQLException("terminating", "57P01"))));
    assertTrue(
        DatabaseUnavailable.is(
            new PersistenceException(
                new SQLException(
                    "Error in allocating a connection. Cause: In-use connections equal"
                        + " max-pool-size and expired max-wait-time."))));
    assertFalse(DatabaseUnavailable.is(wrapped(new SQLException("dup", "23505"))));
    assertFalse(DatabaseUnavailable.is(new IllegalStateException("a bug")));
  }
}
