package com.vita.devstack;

import static java.lang.System.Logger.Level.INFO;
import static java.lang.System.Logger.Level.WARNING;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL 15 server on 127.0.0.1 with its data in a directory that outlives it, and a database
 * named vita. Trust authentication: user postgres, no password. It is a local server for runs and
 * tests, so fsync is off.
 */
public final class EmbeddedPostgres implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(EmbeddedPostgres.class.getName());
  private static final String HOST = "127.0.0.1";
  private static final String USER = "postgres";
  private static final String DATABASE = "vita";

  private final ServerAccount account;
  private final Path bin;
  private final Path dataDir;
  private final Path log;
  private final Path socketDir;
  private final int port;
  private boolean running;
  private boolean closed;

  private EmbeddedPostgres(
      ServerAccount account, Path bin, ClusterPlace place, Path socketDir, int port) {
    this.account = account;
    this.bin = bin;
    this.dataDir = place.dataDir();
    this.log = place.log();
    this.socketDir = socketDir;
    this.port = port;
  }

  /**
   * Starts a server on the data dir, creating the cluster if the dir holds none, on the given port
   * (0: a free one, kept for later {@link #start()}s). When a root JVM's server account cannot
   * reach the dir, the cluster lives under /var/lib/vita and the dir links to it ({@link
   * ClusterPlace}).
   */
  public static EmbeddedPostgres start(Path dataDir, int port) {
    ServerAccount account = ServerAccount.forThisProcess();
    Path home = PostgresBinaries.home(account);
    int chosenPort = port == 0 ? FreePort.find() : port;
    EmbeddedPostgres postgres =
        new EmbeddedPostgres(
            account,
            home.resolve("bin"),
            ClusterPlace.prepare(dataDir, account),
            // sockets live in a short path of our own: their path may not exceed 107 bytes
            createTempDirectory("vita-pg"),
            chosenPort);
    LOG.log(INFO, "PostgreSQL binaries in {0}, data in {1}", home, postgres.dataDir);
    try {
      postgres.initDataDir();
      postgres.start();
      postgres.createDatabase();
      return postgres;
    } catch (RuntimeException e) {
      try {
        postgres.close();
      } catch (RuntimeException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /** Starts the server again after {@link #stop()}, on the same port and data. */
  public synchronized void start() {
    if (closed) {
      throw new IllegalStateException("Closed: start a new EmbeddedPostgres");
    }
    if (running) {
      return;
    }
    stopLeftoverServer();
    long started = System.nanoTime();
    try {
      pgCtl("start", "-w", "-t", "60", "-l", log.toString(), "-o", serverOptions());
    } catch (IllegalStateException e) {
      throw new IllegalStateException(e.getMessage() + "\nEnd of " + log + ":\n" + logTail(), e);
    }
    running = true;
    LOG.log(
        INFO,
        "PostgreSQL listening on {0}:{1} after {2} ms",
        HOST,
        String.valueOf(port),
        (System.nanoTime() - started) / 1_000_000);
  }

  /** Stops the server and keeps its data; {@link #start()} brings it back. */
  public synchronized void stop() {
    if (running && Files.exists(dataDir.resolve("postmaster.pid"))) {
      pgCtl("stop", "-m", "fast", "-w");
      LOG.log(INFO, "PostgreSQL on port {0} stopped", String.valueOf(port));
    }
    running = false;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    stop();
    closed = true;
    try {
      Files.deleteIfExists(socketDir);
    } catch (IOException e) {
      LOG.log(WARNING, "Cannot delete the socket directory " + socketDir, e);
    }
  }

  /** The JDBC URL of the vita database. */
  public String jdbcUrl() {
    return "jdbc:postgresql://" + HOST + ":" + port + "/" + DATABASE;
  }

  public String user() {
    return USER;
  }

  public String password() {
    return "";
  }

  public String host() {
    return HOST;
  }

  public int port() {
    return port;
  }

  /** The cluster lives as long as its directory: we create it once and never wipe it. */
  private void initDataDir() {
    try {
      Files.createDirectories(dataDir.getParent());
      account.requireEnterable(dataDir.getParent(), socketDir.getParent());
      if (Files.notExists(dataDir)) {
        // postgres insists on 0700 (or 0750)
        Files.createDirectory(
            dataDir,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      if (Files.notExists(log)) {
        Files.createFile(log);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare " + dataDir, e);
    }
    // the log, not its parent: the parent may be anything the caller owns, like target/
    for (Path path : List.of(dataDir, log, socketDir)) {
      account.own(path);
    }
    if (Files.notExists(dataDir.resolve("PG_VERSION"))) {
      LOG.log(INFO, "Creating a PostgreSQL cluster in {0}", dataDir);
      // no fsync while creating either: this is a local server
      run(
          "initdb",
          List.of(
              "-D",
              dataDir.toString(),
              "-U",
              USER,
              "-A",
              "trust",
              "-E",
              "UTF8",
              "--locale=C",
              "--no-sync"));
    }
  }

  /** One string: pg_ctl hands it to postgres through a shell. */
  private String serverOptions() {
    return "-p "
        + port
        + " -c listen_addresses="
        + HOST
        + " -c unix_socket_directories="
        + socketDir
        + " -c timezone=UTC"
        + " -c fsync=off";
  }

  /**
   * A server whose JVM died before close() (an IDE's stop button, kill -9) keeps running and holds
   * the data dir. We stop it rather than fail, so the next run just works: a data dir belongs to
   * one local stack at a time, so a live postmaster on it can only be such a leftover.
   */
  private void stopLeftoverServer() {
    Optional<ProcessHandle> leftover = runningOn(dataDir);
    if (leftover.isPresent()) {
      LOG.log(
          WARNING,
          "Stopping PostgreSQL (pid {0}) left running on {1}",
          String.valueOf(leftover.get().pid()),
          dataDir);
      pgCtl("stop", "-m", "fast", "-w");
    }
  }

  /** The postmaster running on the data dir (or on what a link there points to), if one is. */
  static Optional<ProcessHandle> runningOn(Path dataDir) {
    return postmasterPid(dataDir)
        .flatMap(ProcessHandle::of)
        .filter(process -> process.info().command().orElse("").endsWith("/postgres"));
  }

  private static Optional<Long> postmasterPid(Path dataDir) {
    try {
      return Files.readAllLines(dataDir.resolve("postmaster.pid")).stream()
          .findFirst()
          .map(String::strip)
          .map(Long::valueOf);
    } catch (IOException | NumberFormatException absentOrGarbled) {
      return Optional.empty();
    }
  }

  private void createDatabase() {
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://" + HOST + ":" + port + "/postgres", USER, password());
        PreparedStatement exists =
            connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, DATABASE);
      if (!exists.executeQuery().next()) {
        try (Statement create = connection.createStatement()) {
          create.execute("CREATE DATABASE " + DATABASE);
        }
        LOG.log(INFO, "Created database {0}", DATABASE);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + DATABASE + " on port " + port, e);
    }
  }

  private void pgCtl(String... arguments) {
    List<String> withDataDir = new ArrayList<>(List.of("-D", dataDir.toString()));
    withDataDir.addAll(List.of(arguments));
    run("pg_ctl", withDataDir);
  }

  private void run(String tool, List<String> arguments) {
    List<String> command = new ArrayList<>(List.of(bin.resolve(tool).toString()));
    command.addAll(arguments);
    account.run(command.toArray(String[]::new));
  }

  /** The end of the server log, where postgres says why it would not start. */
  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e.getMessage() + ")";
    }
  }

  private static Path createTempDirectory(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
