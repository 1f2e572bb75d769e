package com.vita.platform.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StandardStreamLinesTest {

  private static final String NAME = "test.standard-stream";

  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final ByteArrayOutputStream raw = new ByteArrayOutputStream();
  private final PrintStream original = new PrintStream(raw, true, StandardCharsets.UTF_8);
  private final Logger logger = Logger.getLogger(NAME);
  private final Handler collecting =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    logger.setUseParentHandlers(false);
    logger.addHandler(collecting);
  }

  @AfterEach
  void stop() {
    logger.removeHandler(collecting);
    logger.setUseParentHandlers(true);
  }

  @Test
  void eachPrintedLineIsOneRecordAndThreadsDoNotMix() throws Exception {
    PrintStream out = StandardStreamLines.capturing(NAME, Level.WARNING, original);
    CountDownLatch halfWritten = new CountDownLatch(2);
    Runnable printer =
        () -> {
          String me = Thread.currentThread().getName();
          out.print(me + " begins");
          halfWritten.countDown();
          try {
            halfWritten.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          out.println(" and ends\r");
        };
    Thread a = new Thread(printer, "a");
    Thread b = new Thread(printer, "b");
    a.start();
    b.start();
    a.join();
    b.join();
    out.println();

    assertEquals(
        List.of("a begins and ends", "b begins and ends"),
        records.stream().map(LogRecord::getMessage).sorted().toList());
    assertEquals(Level.WARNING, records.get(0).getLevel());
    assertEquals(NAME, records.get(0).getLoggerName());
    assertEquals(0, raw.size(), "nothing printed as it was");
  }

  @Test
  void aHandlerThatPrintsToTheStreamDoesNotLoop() {
    PrintStream out = StandardStreamLines.capturing(NAME, Level.INFO, original);
    Handler printing =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            out.println("reported: " + record.getMessage()); // as ErrorManager does on System.err
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(printing);
    try {
      out.println("trace line");
    } finally {
      logger.removeHandler(printing);
    }
    assertEquals("trace line", records.get(0).getMessage());
    assertEquals("reported: trace line" + System.lineSeparator(), raw.toString());
  }

  @Test
  void aVeryLongLineIsCutIntoRecords() {
    PrintStream out = StandardStreamLines.capturing(NAME, Level.INFO, original);
    out.println("x".repeat(70 * 1024));
    assertEquals(2, records.size());
    assertEquals(64 * 1024, records.get(0).getMessage().length());
  }

  @Test
  void theInstallerCapturesTheStandardStreamsUntilUndeployed() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    JsonLogInstaller installer = new JsonLogInstaller();
    installer.level = "info";
    assertFalse(JsonLogInstaller.shuttingDown(), "so undeploying puts the streams back");
    installer.install();
    try {
      assertNotSame(out, System.out);
      assertNotSame(err, System.err);
    } finally {
      installer.uninstall();
    }
    assertSame(out, System.out);
    assertSame(err, System.err);
  }
}
