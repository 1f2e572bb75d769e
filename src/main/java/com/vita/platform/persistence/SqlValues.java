package com.vita.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native queries' rows, whichever Java type the driver and Hibernate hand back. */
public final class SqlValues {

  private SqlValues() {}

  /** A {@code timestamptz} column: an Instant, an OffsetDateTime or a Timestamp. */
  public static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }
}
