package com.vita.platform.logging;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What is printed to {@code System.out} or {@code System.err} (a library's {@code
 * printStackTrace()}, a server class's {@code println}) as log records, one per line, so that it
 * reaches the console as JSON like everything else instead of as a bare line. Each thread collects
 * its own line, so two threads printing at once do not mix. A record that could not be logged (or
 * one printed while a record is being logged, as {@code java.util.logging} reports its own errors
 * on {@code System.err}) goes to the original stream as it is, so nothing loops.
 */
final class StandardStreamLines extends OutputStream {

  private static final int LONGEST_LINE = 64 * 1024;

  private final Logger logger;
  private final Level level;
  private final PrintStream original;
  private final ThreadLocal<ByteArrayOutputStream> line =
      ThreadLocal.withInitial(ByteArrayOutputStream::new);
  private final ThreadLocal<Boolean> logging = ThreadLocal.withInitial(() -> false);

  private StandardStreamLines(String name, Level level, PrintStream original) {
    this.logger = Logger.getLogger(name);
    this.level = level;
    this.original = original;
  }

  /** A print stream whose lines become records of the logger {@code name} at {@code level}. */
  static PrintStream capturing(String name, Level level, PrintStream original) {
    return new PrintStream(
        new StandardStreamLines(name, level, original), true, StandardCharsets.UTF_8);
  }

  @Override
  public void write(int b) {
    if (logging.get()) {
      original.write(b);
      return;
    }
    ByteArrayOutputStream current = line.get();
    if (b == '\n') {
      publish(current);
      return;
    }
    current.write(b);
    if (current.size() >= LONGEST_LINE) {
      publish(current);
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      write(bytes[i]);
    }
  }

  @Override
  public void flush() {
    // a line is logged when it ends; print(...) without a newline waits for the rest
  }

  private void publish(ByteArrayOutputStream current) {
    String text = current.toString(StandardCharsets.UTF_8);
    current.reset();
    if (text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1);
    }
    if (text.isEmpty()) {
      return;
    }
    logging.set(true);
    try {
      LogRecord record = new LogRecord(level, text);
      record.setLoggerName(logger.getName());
      logger.log(record);
    } catch (RuntimeException | LinkageError failed) { // e.g. after the WAR is gone
      original.println(text);
    } finally {
      logging.set(false);
    }
  }
}
