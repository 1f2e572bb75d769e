package com.vita.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a unique-constraint violation (SQLState 23505) apart from every other database failure, and
 * which constraint or unique index it was, so "already exists" is answered only when it is true: a
 * lost connection, a check violation or a deadlock must not read as a duplicate.
 */
public final class UniqueViolation {

  public static final String SQLSTATE = "23505";

  // PostgreSQL's message, in any server language the constraint name stays quoted after it.
  private static final Pattern CONSTRAINT = Pattern.compile("\"([^\"]+)\"");

  private UniqueViolation() {}

  /** The violated unique constraint's name when the failure is a unique violation. */
  public static Optional<String> in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
          if (SQLSTATE.equals(e.getSQLState())) {
            return Optional.of(constraintNamedIn(e.getMessage()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Inserts the entity at once (persist and flush), so that a concurrent insert of the same key
   * that passed an earlier lookup fails here, on the constraint, as the problem {@code duplicate}
   * makes rather than a 500 at commit. Any other failure is rethrown as it is.
   */
  public static void insertNow(
      EntityManager entityManager,
      Object entity,
      String constraint,
      Supplier<? extends RuntimeException> duplicate) {
    try {
      entityManager.persist(entity);
      entityManager.flush();
    } catch (PersistenceException failure) {
      if (of(failure, constraint)) {
        throw duplicate.get();
      }
      throw failure;
    }
  }

  /** True when the failure is a violation of exactly this unique constraint or index. */
  public static boolean of(Throwable failure, String constraint) {
    return in(failure).filter(constraint::equals).isPresent();
  }

  private static String constraintNamedIn(String message) {
    if (message == null) {
      return "";
    }
    Matcher m = CONSTRAINT.matcher(message);
    return m.find() ? m.group(1) : "";
  }
}
