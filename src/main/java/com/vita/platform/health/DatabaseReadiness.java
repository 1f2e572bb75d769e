package com.vita.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when a pooled connection answers a query; reports the session's time zone (UTC). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  private static final int QUERY_TIMEOUT_SECONDS = 2;

  @Resource(lookup = "jdbc/vita")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      try (ResultSet result = statement.executeQuery("SELECT current_setting('TimeZone')")) {
        result.next();
        return HealthCheckResponse.named("database")
            .up()
            .withData("timezone", result.getString(1))
            .build();
      }
    } catch (SQLException | RuntimeException e) {
      // The reason's class only: messages can carry host names and user names.
      return HealthCheckResponse.named("database")
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
