package com.vita.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  @Test
  void readsTheHerokuStyleUrl() {
    DatabaseSettings settings =
        DatabaseSettings.fromUrl(
            "postgres://vita:s3cr%40t@db.internal:6543/shop?sslmode=require", null, null);
    assertEquals(
        new DatabaseSettings(
            "db.internal", 6543, "shop", "vita", "s3cr@t", Map.of("sslmode", "require")),
        settings);
  }

  @Test
  void readsTheJdbcUrlWithSeparateCredentials() {
    DatabaseSettings settings =
        DatabaseSettings.fromUrl("jdbc:postgresql://127.0.0.1/vita_test", "ci", "pw");
    assertEquals("jdbc:postgresql://127.0.0.1:5432/vita_test", settings.jdbcUrl());
    assertEquals("ci", settings.user());
    assertEquals("pw", settings.password());
  }

  @Test
  void refusesOtherDatabases() {
    assertThrows(
        IllegalArgumentException.class, () -> DatabaseSettings.fromUrl("mysql://h/db", null, null));
  }

  @Test
  void escapesWhatAsadminWouldSplitOn() {
    DatabaseSettings settings = new DatabaseSettings("h", 5432, "db", "u", "a:b=c\\d", Map.of());
    assertEquals(
        "serverName=h:portNumber=5432:databaseName=db:user=u:password=a\\:b\\=c\\\\d",
        settings.asadminProperties());
  }

  @Test
  void writesAnEmptyPasswordTheWayAsadminUnderstandsIt() {
    assertEquals(
        "serverName=h:portNumber=1:databaseName=db:user=u:password=()",
        new DatabaseSettings("h", 1, "db", "u", "", Map.of()).asadminProperties());
  }

  @Test
  void neverPrintsThePassword() {
    assertFalse(
        new DatabaseSettings("h", 1, "db", "u", "hunter2", Map.of())
            .toString()
            .contains("hunter2"));
  }
}
