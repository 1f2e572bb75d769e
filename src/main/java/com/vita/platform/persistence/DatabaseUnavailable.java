package com.vita.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises failures that mean "the database cannot be reached right now" rather than "this
 * request is wrong": a lost or refused connection (SQLState class 08, 57P01-57P03 when the server
 * shuts down), a pool with no connection to lend, and a statement cancelled by the pool's statement
 * timeout (57014: the database is too busy to answer in time, e.g. waiting for a lock). They are
 * answered 503 with {@code Retry-After}, never as a conflict or a 500.
 */
public final class DatabaseUnavailable {

  // GlassFish/Payara's pool: "Error in allocating a connection. Cause: In-use connections equal
  // max-pool-size and expired max-wait-time", or the connection could not be created.
  private static final String POOL_EXHAUSTED = "Error in allocating a connection";

  private DatabaseUnavailable() {}

  public static boolean is(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql && isUnavailable(sql.getSQLState())) {
        return true;
      }
      String message = t.getMessage();
      if (message != null && message.contains(POOL_EXHAUSTED)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUnavailable(String sqlState) {
    return sqlState != null
        && (sqlState.startsWith("08")
            || sqlState.equals("57014")
            || sqlState.equals("57P01")
            || sqlState.equals("57P02")
            || sqlState.equals("57P03"));
  }
}
