package com.vita.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The integration tests run in several JVMs side by side (Failsafe's {@code forkCount}); each
 * passes its number as {@code vita.fork}. A fork gets a data directory of its own (set in the POM)
 * and, on the machine's services, a PostgreSQL database ({@code <name>_f<n>}, made fresh) and a
 * Redis database index of its own, so no test sees another fork's rows, rate-limit counters or
 * denied tokens. Without {@code vita.fork} (the run command, one JVM) nothing changes.
 */
public final class TestFork {

  private static DatabaseSettings freshDatabase;

  private TestFork() {}

  /** This JVM's fork number, or null outside a forked test run. */
  public static String number() {
    // "fork-<n>" in the POM: a property that is only Surefire's placeholder arrives empty
    String fork = System.getProperty("vita.fork", "");
    return fork.matches("fork-[0-9]+") ? fork.substring("fork-".length()) : null;
  }

  /** The fork's own database beside the configured one, dropped and created on first use. */
  public static synchronized DatabaseSettings database(DatabaseSettings configured) {
    String fork = number();
    if (fork == null) {
      return configured;
    }
    if (freshDatabase == null) {
      String name = configured.database() + "_f" + fork;
      Properties properties = new Properties();
      properties.putAll(configured.options());
      properties.setProperty("user", configured.user());
      properties.setProperty("password", configured.password());
      try (Connection connection = DriverManager.getConnection(configured.jdbcUrl(), properties);
          Statement statement = connection.createStatement()) {
        statement.execute("drop database if exists " + name + " with (force)");
        statement.execute("create database " + name);
      } catch (SQLException e) {
        throw new IllegalStateException("Could not make the test fork's database " + name, e);
      }
      freshDatabase =
          new DatabaseSettings(
              configured.host(),
              configured.port(),
              name,
              configured.user(),
              configured.password(),
              configured.options());
    }
    return freshDatabase;
  }

  /** The fork's own Redis database index, when the configured URL names none. */
  public static String redisUrl(String configured) {
    String fork = number();
    if (fork == null || configured == null) {
      return configured;
    }
    String path = java.net.URI.create(configured).getPath();
    if (path != null && path.length() > 1) {
      return configured;
    }
    return configured.replaceFirst("/?$", "/" + fork);
  }
}
