package com.vita.platform.logging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the application's log records ({@code com.vita.*}) to standard output as JSON lines at
 * {@code LOG_LEVEL}. It writes to the process's real stdout because the server redirects {@code
 * System.out} into its own logger, which would wrap each line a second time. Removed again on
 * undeploy so the handler does not pin the application's class loader.
 */
@Startup
@Singleton
public class JsonLogInstaller {

  private static final Logger APPLICATION_LOGGERS = Logger.getLogger("com.vita");

  @Inject
  @ConfigProperty(name = "log.level", defaultValue = "INFO")
  String level;

  private Handler handler;

  @PostConstruct
  void install() {
    handler = new FlushingHandler();
    handler.setFormatter(new JsonLogFormatter());
    handler.setLevel(Level.ALL);
    APPLICATION_LOGGERS.addHandler(handler);
    APPLICATION_LOGGERS.setUseParentHandlers(false);
    APPLICATION_LOGGERS.setLevel(julLevel(level));
  }

  @PreDestroy
  void uninstall() {
    APPLICATION_LOGGERS.removeHandler(handler);
    APPLICATION_LOGGERS.setUseParentHandlers(true);
    handler.close();
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
