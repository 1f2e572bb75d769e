package com.vita.marketplace.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL text and its parameters built side by side: every value a caller gave goes in as a {@code ?}
 * bound parameter, so a search text is never part of the statement.
 */
final class BoundSql {

  private final StringBuilder text = new StringBuilder();
  private final List<Object> parameters = new ArrayList<>();

  BoundSql append(String sql) {
    text.append(sql);
    return this;
  }

  BoundSql param(Object value) {
    text.append('?');
    parameters.add(value);
    return this;
  }

  /** Another statement's text and parameters, appended to this one. */
  BoundSql append(BoundSql other) {
    text.append(other.text);
    parameters.addAll(other.parameters);
    return this;
  }

  PreparedStatement prepare(Connection connection, int timeoutSeconds) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(text.toString());
    // the backstop against a query the limits did not foresee: cancelled, never seconds of scan
    statement.setQueryTimeout(timeoutSeconds);
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
    return statement;
  }

  /** The parameters in order (the benchmark replays the same statements through pgbench). */
  List<Object> parameters() {
    return List.copyOf(parameters);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
