package com.vita.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.security.auth.module.UnixSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresIT {

  @TempDir Path tempDir;

  /** JUnit makes temp dirs 0700; a root JVM's server account must get through. */
  @BeforeEach
  void openTempDirToTheServerAccount() throws Exception {
    Files.setPosixFilePermissions(tempDir, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void dataSurvivesARestartOnTheSameDirectory() throws Exception {
    Path data = tempDir.resolve("postgres");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data, 0)) {
      execute(postgres, "CREATE TABLE greeting (text varchar NOT NULL)");
      execute(postgres, "INSERT INTO greeting VALUES ('hola')");
    }

    try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data, 0)) {
      assertEquals("hola", queryOne(postgres, "SELECT text FROM greeting"));
    }
  }

  @Test
  void stopAndStartComeBackOnTheSamePort() throws Exception {
    EmbeddedPostgres postgres = EmbeddedPostgres.start(tempDir.resolve("postgres"), 0);
    try {
      int port = postgres.port();
      assertEquals("jdbc:postgresql://127.0.0.1:" + port + "/vita", postgres.jdbcUrl());
      assertEquals("vita", queryOne(postgres, "SELECT current_database()"));

      postgres.stop();
      postgres.stop();
      assertThrows(SQLException.class, () -> queryOne(postgres, "SELECT 1"));

      postgres.start();
      assertEquals(port, postgres.port());
      assertEquals("1", queryOne(postgres, "SELECT 1"));
    } finally {
      postgres.close();
      postgres.close();
    }
    assertThrows(IllegalStateException.class, postgres::start);
  }

  @Test
  void takesOverFromAServerLeftRunningOnItsDataDir() throws Exception {
    Path data = tempDir.resolve("postgres");
    EmbeddedPostgres abandoned = EmbeddedPostgres.start(data, 0);
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data, 0)) {
      assertEquals("1", queryOne(postgres, "SELECT 1"));
      assertThrows(SQLException.class, () -> queryOne(abandoned, "SELECT 1"));
    } finally {
      abandoned.close();
    }
  }

  @Test
  void rootNamesTheDirectoryThatShutsTheServerAccountOut() throws Exception {
    assumeTrue(new UnixSystem().getUid() == 0, "only a root JVM switches accounts");
    Path closed =
        Files.createDirectory(
            tempDir.resolve("closed"),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));

    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> EmbeddedPostgres.start(closed.resolve("postgres"), 0));

    assertTrue(refused.getMessage().contains("cannot enter " + closed + ","), refused.getMessage());
  }

  private static void execute(EmbeddedPostgres postgres, String sql) throws SQLException {
    try (Connection connection = connect(postgres);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String queryOne(EmbeddedPostgres postgres, String sql) throws SQLException {
    try (Connection connection = connect(postgres);
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      assertTrue(row.next(), "no row from " + sql);
      return row.getString(1);
    }
  }

  private static Connection connect(EmbeddedPostgres postgres) throws SQLException {
    return DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
  }
}
