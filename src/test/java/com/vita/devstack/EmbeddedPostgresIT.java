package com.vita.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

  /**
   * As in a clone under /root (0700): the cluster moves to /var/lib/vita, keeps its data there
   * through restarts, and the path asked for links to it; deleting the link means a fresh cluster.
   */
  @Test
  void asRootAClusterItsAccountCannotReachLivesInVarLibLinkedFromThePathAskedFor()
      throws Exception {
    assumeTrue(new UnixSystem().getUid() == 0, "only a root JVM switches accounts");
    Path home = Files.createDirectory(tempDir.resolve("home"));
    Path asked = home.resolve("postgres");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start(asked, 0)) {
      execute(postgres, "CREATE TABLE greeting (text varchar NOT NULL)");
      execute(postgres, "INSERT INTO greeting VALUES ('hola')");
    }
    assertFalse(Files.isSymbolicLink(asked), "a reachable cluster stays where it was asked for");
    Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
    Path outside = null;
    try {
      try (EmbeddedPostgres postgres = EmbeddedPostgres.start(asked, 0)) {
        outside = Files.readSymbolicLink(asked);
        assertEquals("hola", queryOne(postgres, "SELECT text FROM greeting"));
      }
      assertTrue(outside.startsWith(ClusterPlace.SYSTEM_STATE), outside.toString());
      assertEquals(
          home.toRealPath().resolve("postgres") + "\n",
          Files.readString(outside.resolveSibling(ClusterPlace.LINKED_FROM)));
      assertEquals(
          outside.resolveSibling("postgres.log"),
          Files.readSymbolicLink(home.resolve("postgres.log")));

      try (EmbeddedPostgres postgres = EmbeddedPostgres.start(asked, 0)) {
        assertEquals("hola", queryOne(postgres, "SELECT text FROM greeting"));
      }

      Files.delete(asked);
      try (EmbeddedPostgres postgres = EmbeddedPostgres.start(asked, 0)) {
        assertEquals(outside, Files.readSymbolicLink(asked));
        assertEquals(
            "0", queryOne(postgres, "SELECT count(*) FROM pg_tables WHERE tablename = 'greeting'"));
      }
    } finally {
      if (outside != null) {
        FileTree.delete(outside.getParent()); // its path was a temp dir: never asked for again
      }
    }
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
