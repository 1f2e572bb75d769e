package com.vita.platform.logging;

import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * The server's console formatter with VITA's records ({@code com.vita.*}) in VITA's own JSON. Put
 * on the server's console handler so that both kinds of line go through one handler, one buffer and
 * one lock: with a second handler of VITA's on the same output, a line of either could be written
 * into the middle of a long one of the other (a stack trace the server writes in 8 KB pieces), and
 * neither was valid JSON any more.
 */
final class SharedConsoleFormatter extends Formatter {

  private final Formatter server;
  private final Formatter vita = new JsonLogFormatter();

  SharedConsoleFormatter(Formatter server) {
    this.server = server;
  }

  /** The server's own formatter, to put back when VITA leaves. */
  Formatter server() {
    return server;
  }

  static boolean isVitas(LogRecord record) {
    String logger = record.getLoggerName();
    return logger != null && (logger.equals("com.vita") || logger.startsWith("com.vita."));
  }

  @Override
  public String format(LogRecord record) {
    return isVitas(record) ? vita.format(record) : server.format(record);
  }

  @Override
  public String getHead(Handler handler) {
    return server.getHead(handler);
  }

  @Override
  public String getTail(Handler handler) {
    return server.getTail(handler);
  }
}
