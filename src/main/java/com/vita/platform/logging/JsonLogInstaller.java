package com.vita.platform.logging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the application's log records ({@code com.vita.*}) as VITA's JSON lines at {@code
 * LOG_LEVEL}, through the server's own console handler when it has one (Payara Micro's, JSON too):
 * one handler for every line keeps each line whole ({@link SharedConsoleFormatter}). Without one (a
 * server logging to a file only) it writes to the process's real stdout, since the server redirects
 * {@code System.out} into its own logger, which would wrap each line a second time. Lines printed
 * to {@code System.out} and {@code System.err} (Payara Micro does not capture them) become records
 * too ({@link StandardStreamLines}). Undone on undeploy so nothing of the application's pins its
 * class loader.
 */
@Startup
@Singleton
public class JsonLogInstaller {

  private static final Logger APPLICATION_LOGGERS = Logger.getLogger("com.vita");
  private static final Logger ROOT = Logger.getLogger("");

  @Inject
  @ConfigProperty(name = "log.level", defaultValue = "INFO")
  String level;

  private Handler handler; // VITA's own, when the server has no console handler
  private Handler console; // the server's, shared
  private Level consoleLevel;
  private PrintStream stdout;
  private PrintStream stderr;
  private PrintStream capturedOut;
  private PrintStream capturedErr;

  @PostConstruct
  void install() {
    Level wanted = julLevel(level);
    APPLICATION_LOGGERS.setLevel(wanted);
    captureStandardStreams();
    console = serverConsole(ROOT);
    if (console != null) {
      consoleLevel = console.getLevel();
      console.setFormatter(new SharedConsoleFormatter(console.getFormatter()));
      if (wanted.intValue() < consoleLevel.intValue()) {
        console.setLevel(wanted); // LOG_LEVEL=DEBUG or TRACE must not be cut at the server's level
      }
      APPLICATION_LOGGERS.setUseParentHandlers(true);
      return;
    }
    handler = new FlushingHandler();
    handler.setLevel(Level.ALL);
    APPLICATION_LOGGERS.addHandler(handler);
    APPLICATION_LOGGERS.setUseParentHandlers(false);
  }

  @PreDestroy
  void uninstall() {
    releaseStandardStreams();
    if (console != null) {
      if (console.getFormatter() instanceof SharedConsoleFormatter shared) {
        console.setFormatter(shared.server());
      }
      console.setLevel(consoleLevel);
      return;
    }
    APPLICATION_LOGGERS.removeHandler(handler);
    APPLICATION_LOGGERS.setUseParentHandlers(true);
    handler.close();
  }

  private void captureStandardStreams() {
    stdout = System.out;
    stderr = System.err;
    capturedOut = StandardStreamLines.capturing("System.out", Level.INFO, stdout);
    capturedErr = StandardStreamLines.capturing("System.err", Level.WARNING, stderr);
    System.setOut(capturedOut);
    System.setErr(capturedErr);
  }

  private void releaseStandardStreams() {
    if (shuttingDown()) {
      // The server still prints while it stops (its JDBC runtime, after VITA is gone): kept as JSON
      // to the end. Nothing is pinned by it, the process is ending.
      return;
    }
    if (System.out == capturedOut) { // unless someone replaced it since
      System.setOut(stdout);
    }
    if (System.err == capturedErr) {
      System.setErr(stderr);
    }
  }

  /** Whether the JVM is exiting: it then refuses new shutdown hooks. */
  static boolean shuttingDown() {
    Thread probe = new Thread(() -> {});
    try {
      Runtime.getRuntime().addShutdownHook(probe);
      Runtime.getRuntime().removeShutdownHook(probe);
      return false;
    } catch (IllegalStateException exiting) {
      return true;
    }
  }

  /** The server's console handler on the root logger, if it has one. */
  static Handler serverConsole(Logger root) {
    for (Handler h : root.getHandlers()) {
      if (h instanceof ConsoleHandler) {
        return h;
      }
    }
    return null;
  }

  /** Accepts the usual names (debug, info, warn, error) as well as JUL's own. */
  static Level julLevel(String name) {
    return switch (name.trim().toUpperCase()) {
      case "TRACE" -> Level.FINEST;
      case "DEBUG" -> Level.FINE;
      case "WARN", "WARNING" -> Level.WARNING;
      case "ERROR", "SEVERE" -> Level.SEVERE;
      case "OFF" -> Level.OFF;
      case "ALL" -> Level.ALL;
      default -> Level.INFO;
    };
  }

  /** A stdout handler that flushes every line, so logs are never held back in a buffer. */
  private static final class FlushingHandler extends StreamHandler {
    FlushingHandler() {
      super(new FileOutputStream(FileDescriptor.out), new JsonLogFormatter());
    }

    @Override
    public synchronized void publish(java.util.logging.LogRecord record) {
      super.publish(record);
      flush();
    }

    @Override
    public synchronized void close() {
      flush(); // never close the process's stdout
    }
  }
}
