package com.vita.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The run command's launcher as Maven runs it: a child JVM of a parent that can die without ending
 * it (a shell stands in for Maven's JVM), in a clone under a home others cannot enter (as /root,
 * 0700). As root this proves the cluster moves out of PostgreSQL's account's way; as anyone else
 * the home is the user's own. Each test starts a launcher of its own (one Payara start to ready,
 * one cut short).
 */
class RunCommandIT {

  private static final boolean ROOT = new UnixSystem().getUid() == 0;
  private static final Duration READY = Duration.ofMinutes(3);

  /** The guard's grace for Payara (30 s) and then PostgreSQL's shutdown. */
  private static final Duration GONE = Duration.ofSeconds(45);

  private static final Path HOME =
      Path.of(System.getProperty("vita.data.dir", "target/it-data"))
          .toAbsolutePath()
          .resolve("run-command");

  private final List<ProcessHandle> started = new ArrayList<>();
  private Path postgresDir;

  @Test
  void fromAClosedHomeItServesAndEndsWithATermToMaven() throws Exception {
    Path clone = closedHome().resolve("served");
    int port = FreePort.find();
    Process maven = launch(clone, port);
    Path log = clone.resolve("launcher.log");
    await(() -> !maven.isAlive() || status(port) == 200, READY, "ready", log);
    assertTrue(maven.isAlive(), "the launcher stopped before it was ready:\n" + tail(log));
    ProcessHandle launcher = child(maven.toHandle(), VitaDevServer.class.getName());
    ProcessHandle payara = child(launcher, "payara-micro.jar");
    ProcessHandle guard = child(launcher, StackGuard.class.getName());
    ProcessHandle postgres = EmbeddedPostgres.runningOn(postgresDir).orElseThrow();
    if (ROOT) {
      assertTrue(Files.isSymbolicLink(postgresDir), postgresDir + " is not a link");
      assertTrue(
          Files.readSymbolicLink(postgresDir).startsWith(ClusterPlace.SYSTEM_STATE),
          "cluster in " + Files.readSymbolicLink(postgresDir));
      assertTrue(
          Files.readString(log).contains(", data in " + ClusterPlace.SYSTEM_STATE), tail(log));
    }

    Instant term = Instant.now();
    maven.destroy(); // SIGTERM, which the shell dies of and does not pass on

    List<ProcessHandle> stack = List.of(launcher, payara, guard, postgres);
    await(() -> stack.stream().noneMatch(ProcessHandle::isAlive), GONE, "everything ended", log);
    System.out.printf(
        "RunCommandIT: launcher, Payara, PostgreSQL and guard ended %d ms after the TERM%n",
        Duration.between(term, Instant.now()).toMillis());
    assertTrue(portIsFree(port), "port " + port + " still held");
    assertEquals(Optional.empty(), EmbeddedPostgres.runningOn(postgresDir));
  }

  @Test
  void aLauncherKilledWhileStartingLeavesNothingRunning() throws Exception {
    Path clone = closedHome().resolve("killed");
    int port = FreePort.find();
    Process maven = launch(clone, port);
    Path log = clone.resolve("launcher.log");
    await(() -> launcherChild(maven, "payara-micro.jar").isPresent(), READY, "Payara", log);
    ProcessHandle launcher = child(maven.toHandle(), VitaDevServer.class.getName());
    ProcessHandle payara = child(launcher, "payara-micro.jar");
    ProcessHandle postgres = EmbeddedPostgres.runningOn(postgresDir).orElseThrow();
    Thread.sleep(1000); // the guard looks at the launcher's children every 200 ms

    Instant kill = Instant.now();
    launcher.destroyForcibly(); // SIGKILL: no shutdown hook runs, only the guard is left

    await(() -> !payara.isAlive() && !postgres.isAlive(), GONE, "Payara and PostgreSQL", log);
    System.out.printf(
        "RunCommandIT: Payara and PostgreSQL ended %d ms after the launcher's SIGKILL%n",
        Duration.between(kill, Instant.now()).toMillis());
    assertTrue(portIsFree(port), "port " + port + " still held");
    String guardLog = Files.readString(clone.resolve(".vita/guard.log"));
    assertTrue(guardLog.contains("stopping PostgreSQL (pid " + postgres.pid() + ")"), guardLog);
  }

  /** Whatever a failed test left running. */
  @AfterEach
  void endWhatRemains() {
    started.stream().flatMap(ProcessHandle::descendants).forEach(ProcessHandle::destroyForcibly);
    started.forEach(ProcessHandle::destroyForcibly);
    if (postgresDir != null) {
      EmbeddedPostgres.runningOn(postgresDir).ifPresent(ProcessHandle::destroy);
    }
  }

  /** A home of mode 0700, as /root is: for a root JVM, PostgreSQL's account cannot enter it. */
  private static Path closedHome() throws IOException {
    Path home = Files.createDirectories(HOME.resolve("home"));
    Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
    return home;
  }

  /**
   * {@code sh -c '"$@" & wait'}: a parent that a TERM ends while its child, the launcher, runs on.
   */
  private Process launch(Path clone, int port) throws IOException {
    Files.createDirectories(clone);
    Path dataDir = clone.resolve(".vita");
    postgresDir = VitaStack.embeddedPostgresDir(dataDir);
    List<String> command = new ArrayList<>(List.of("sh", "-c", "\"$@\" & wait", "maven-stand-in"));
    command.add(ProcessHandle.current().info().command().orElse("java"));
    for (String property : List.of("vita.war", "vita.payara.dir", "vita.server-config.dir")) {
      command.add("-D" + property + "=" + Path.of(System.getProperty(property)).toAbsolutePath());
    }
    command.addAll(
        List.of(
            "-Dvita.data.dir=" + dataDir,
            "-cp",
            System.getProperty("java.class.path"),
            VitaDevServer.class.getName()));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(clone.toFile())
            .redirectErrorStream(true)
            .redirectOutput(clone.resolve("launcher.log").toFile());
    builder.environment().keySet().removeAll(List.of("DATABASE_URL", "REDIS_URL"));
    builder.environment().put("PORT", Integer.toString(port));
    Process maven = builder.start();
    started.add(maven.toHandle());
    return maven;
  }

  private static Optional<ProcessHandle> launcherChild(Process maven, String marker) {
    return childWith(maven.toHandle(), VitaDevServer.class.getName())
        .flatMap(launcher -> childWith(launcher, marker));
  }

  /** The child running that, kept to be ended after the test whatever happens. */
  private ProcessHandle child(ProcessHandle parent, String marker) {
    ProcessHandle child =
        childWith(parent, marker)
            .orElseThrow(
                () -> new AssertionError("no child of " + parent.pid() + " runs " + marker));
    started.add(child);
    return child;
  }

  private static Optional<ProcessHandle> childWith(ProcessHandle parent, String marker) {
    return parent.children().filter(child -> commandLine(child).contains(marker)).findFirst();
  }

  /** All of it: ProcessHandle.Info reads only its first 4 KiB, and a class path is longer. */
  private static String commandLine(ProcessHandle process) {
    try {
      return new String(
          Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline")),
          StandardCharsets.UTF_8);
    } catch (IOException gone) {
      return "";
    }
  }

  private static void await(BooleanSupplier condition, Duration limit, String what, Path log)
      throws Exception {
    Instant deadline = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        fail("not " + what + " within " + limit + "; end of the launcher's output:\n" + tail(log));
      }
      Thread.sleep(100);
    }
  }

  private static int status(int port) {
    try {
      HttpURLConnection connection =
          (HttpURLConnection)
              URI.create("http://127.0.0.1:" + port + "/health/ready").toURL().openConnection();
      connection.setConnectTimeout(1000);
      connection.setReadTimeout(5000);
      return connection.getResponseCode();
    } catch (IOException notYet) {
      return -1;
    }
  }

  private static boolean portIsFree(int port) throws IOException {
    try (Socket ignored = new Socket("127.0.0.1", port)) {
      return false;
    } catch (ConnectException refused) {
      return true;
    }
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }
}
