package com.vita.devstack;

import static java.lang.System.Logger.Level.WARNING;

import java.time.Duration;

/**
 * Ends this JVM when the process that started it ends. Maven runs the launcher as a child (exec
 * plugin) and, sent a TERM or killed, dies without ending it: the launcher would keep Payara Micro
 * and PostgreSQL running and the port held. Exiting runs the shutdown hooks, which stop them as on
 * Ctrl-C.
 */
final class ParentWatch {

  private static final System.Logger LOG = System.getLogger(ParentWatch.class.getName());

  /** Quarter-second polls: ProcessHandle.onExit() of a non-child slows to one poll in 5 s. */
  private static final Duration POLL = Duration.ofMillis(250);

  /** What a shell reports for a process ended by TERM. */
  private static final int EXIT_CODE = 143;

  private ParentWatch() {}

  /** Starts watching; nothing to watch when this JVM has no parent (pid 1 in a container). */
  static void exitWhenParentEnds() {
    ProcessHandle.current()
        .parent()
        .ifPresent(
            parent -> {
              Thread watch = new Thread(() -> exitWhenGone(parent), "parent-watch");
              watch.setDaemon(true);
              watch.start();
            });
  }

  private static void exitWhenGone(ProcessHandle parent) {
    try {
      while (parent.isAlive()) {
        Thread.sleep(POLL.toMillis());
      }
    } catch (InterruptedException e) {
      return;
    }
    LOG.log(
        WARNING,
        "The process that started this launcher (pid {0}) has ended: stopping VITA",
        String.valueOf(parent.pid()));
    System.exit(EXIT_CODE);
  }
}
