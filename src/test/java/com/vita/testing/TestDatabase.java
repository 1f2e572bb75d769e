package com.vita.testing;

import com.vita.devstack.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Plain JDBC on the shared server's database, for tests that check what VITA wrote (or the schema
 * it migrated) where no endpoint shows it. Starts the shared server first if needed, so its
 * migrations have run.
 */
public final class TestDatabase {

  private TestDatabase() {}

  public static Connection connect() throws SQLException {
    return connect(VitaTestServer.stack().database());
  }

  /**
   * A new, empty database of that name beside the shared one (dropped first if a run left it), for
   * {@link OwnServer#startOn}: the server migrates it when it starts.
   */
  public static DatabaseSettings fresh(String name) throws SQLException {
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("A database name of lower-case letters: " + name);
    }
    try (Connection connection = connect();
        java.sql.Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
      statement.execute("create database " + name);
    }
    DatabaseSettings shared = VitaTestServer.stack().database();
    return new DatabaseSettings(
        shared.host(), shared.port(), name, shared.user(), shared.password(), shared.options());
  }

  public static Connection connect(DatabaseSettings database) throws SQLException {
    Properties properties = new Properties();
    properties.putAll(database.options());
    properties.setProperty("user", database.user());
    properties.setProperty("password", database.password());
    return DriverManager.getConnection(database.jdbcUrl(), properties);
  }

  /** What the query returns: one map of column label to value per row, in order. */
  public static List<Map<String, Object>> rows(String sql, Object... parameters)
      throws SQLException {
    try (Connection connection = connect();
        PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      try (ResultSet result = query.executeQuery()) {
        ResultSetMetaData columns = result.getMetaData();
        while (result.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int column = 1; column <= columns.getColumnCount(); column++) {
            row.put(columns.getColumnLabel(column), result.getObject(column));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }
}
