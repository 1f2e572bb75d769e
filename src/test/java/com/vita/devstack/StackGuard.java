package com.vita.devstack;

import static java.lang.System.Logger.Level.INFO;
import static java.lang.System.Logger.Level.WARNING;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A process of its own that ends what the run command's launcher started when the launcher ends
 * without doing it: a kill -9, a crash, or a TERM while it is still starting. Payara Micro (a child
 * of the launcher) would otherwise keep serving the port, and PostgreSQL (which pg_ctl detaches
 * from the launcher) would keep running.
 *
 * <p>It learns of the launcher's end from its stdin: a pipe whose other end only the launcher holds
 * (Java closes inherited descriptors in the children it starts), which the kernel closes however
 * the launcher dies. It runs in a session of its own (setsid), so the Ctrl-C or group kill that
 * ends the launcher does not end it first. After a clean stop it finds nothing left and says
 * nothing.
 */
final class StackGuard {

  private static final System.Logger LOG = System.getLogger(StackGuard.class.getName());
  private static final Duration POLL = Duration.ofMillis(200);

  /** As long as the launcher itself gives Payara Micro to stop. */
  private static final Duration PAYARA_GRACE = Duration.ofSeconds(30);

  private static final Duration POSTGRES_GRACE = Duration.ofSeconds(60);

  private StackGuard() {}

  /**
   * Starts the guard of this JVM, watching its children and the PostgreSQL on the data dir. Keep
   * the returned process reachable for as long as this JVM runs: its stdin closing (also when the
   * garbage collector closes it) is what sets the guard off.
   */
  static Process start(Path postgresDataDir, Path log) throws IOException {
    List<String> command = new ArrayList<>();
    CommandResult.onPath("setsid").ifPresent(setsid -> command.add(setsid.toString()));
    command.addAll(
        List.of(
            ProcessHandle.current().info().command().orElse("java"),
            "-Xmx16m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Xshare:auto",
            "-cp",
            ownClassPath(),
            StackGuard.class.getName(),
            Long.toString(ProcessHandle.current().pid()),
            postgresDataDir.toAbsolutePath().toString()));
    Files.createDirectories(log.getParent());
    Process guard =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    LOG.log(
        INFO,
        "Process {0} stops Payara Micro and PostgreSQL if this launcher ends without (log: {1})",
        String.valueOf(guard.pid()),
        log);
    return guard;
  }

  /** Arguments: the launcher's pid, the PostgreSQL data dir. */
  public static void main(String[] args) {
    Optional<ProcessHandle> launcher = ProcessHandle.of(Long.parseLong(args[0]));
    Path postgresDataDir = Path.of(args[1]);
    Set<ProcessHandle> children = ConcurrentHashMap.newKeySet();
    if (launcher.isPresent()) {
      Thread watching = new Thread(() -> record(launcher.get(), children), "launcher-children");
      watching.setDaemon(true);
      watching.start();
      awaitEndOfInput();
    }
    end(children.stream().filter(ProcessHandle::isAlive).toList());
    EmbeddedPostgres.runningOn(postgresDataDir).ifPresent(StackGuard::stopPostgres);
  }

  /** The launcher's children as they come: once it is gone they belong to init, not to it. */
  private static void record(ProcessHandle launcher, Set<ProcessHandle> children) {
    long self = ProcessHandle.current().pid();
    while (launcher.isAlive()) {
      launcher.children().filter(child -> child.pid() != self).forEach(children::add);
      sleep(POLL);
    }
  }

  private static void awaitEndOfInput() {
    try {
      System.in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException closed) {
      // the same news: the launcher is gone
    }
  }

  /** TERM (what Ctrl-C's shutdown does), then KILL what still runs after the grace period. */
  private static void end(List<ProcessHandle> processes) {
    for (ProcessHandle process : processes) {
      LOG.log(
          WARNING,
          "The launcher ended without stopping process {0} ({1}): stopping it",
          String.valueOf(process.pid()),
          process.info().commandLine().orElse("?"));
      process.destroy();
    }
    if (!awaitEnd(processes, PAYARA_GRACE)) {
      processes.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
  }

  /** TERM is PostgreSQL's smart shutdown: at once, since its only client (Payara) is gone. */
  private static void stopPostgres(ProcessHandle postmaster) {
    LOG.log(
        WARNING,
        "The launcher ended without stopping PostgreSQL (pid {0}): stopping it",
        String.valueOf(postmaster.pid()));
    postmaster.destroy();
    if (!awaitEnd(List.of(postmaster), POSTGRES_GRACE)) {
      LOG.log(WARNING, "PostgreSQL (pid {0}) still runs", String.valueOf(postmaster.pid()));
    }
  }

  /** Polls: onExit() of a process that is not our child polls too, but ever more slowly. */
  private static boolean awaitEnd(List<ProcessHandle> processes, Duration grace) {
    Instant deadline = Instant.now().plus(grace);
    while (processes.stream().anyMatch(ProcessHandle::isAlive)) {
      if (Instant.now().isAfter(deadline)) {
        return false;
      }
      sleep(POLL);
    }
    return true;
  }

  /** Only the directory holding this class: the guard needs nothing else. */
  private static String ownClassPath() {
    try {
      return Path.of(StackGuard.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
