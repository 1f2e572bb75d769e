package com.vita.platform.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class JsonLogInstallerTest {

  /** Stands in for Payara's JSON formatter: one long JSON line per record. */
  private static final Formatter SERVER =
      new Formatter() {
        @Override
        public String format(LogRecord record) {
          return Json.createObjectBuilder()
                  .add("Level", record.getLevel().getName())
                  .add("LoggerName", record.getLoggerName())
                  .add("LogMessage", record.getMessage())
                  .build()
              + "\n";
        }
      };

  @Test
  void longLinesOfTheServerAndOfVitaWrittenAtOnceStayWhole() throws Exception {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    Handler console = consoleWritingTo(output);
    console.setFormatter(new SharedConsoleFormatter(SERVER));
    Logger server = Logger.getAnonymousLogger();
    server.setUseParentHandlers(false);
    server.addHandler(console);
    String trace = "at org.example.Frame.call(Frame.java:1)\n".repeat(400); // ~16 KB

    ExecutorService threads = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 200; i++) {
      boolean vitas = i % 2 == 0;
      threads.submit(
          () -> {
            LogRecord record = new LogRecord(Level.SEVERE, trace);
            record.setLoggerName(vitas ? "com.vita.access" : "org.glassfish.grizzly");
            server.log(record);
          });
    }
    threads.shutdown();
    assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS));
    console.flush();

    List<JsonObject> lines = new ArrayList<>();
    for (String line : output.toString(StandardCharsets.UTF_8).split("\n")) {
      lines.add(Json.createReader(new StringReader(line)).readObject()); // throws if not JSON
    }
    assertEquals(200, lines.size());
    assertEquals(100, lines.stream().filter(l -> l.containsKey("logger")).count(), "VITA's");
    assertEquals(100, lines.stream().filter(l -> l.containsKey("LoggerName")).count(), "server's");
  }

  @Test
  void vitasRecordsGoThroughTheServersConsoleUntilUndeployed() {
    Logger root = Logger.getLogger("");
    Handler console = JsonLogInstaller.serverConsole(root);
    assertInstanceOf(ConsoleHandler.class, console, "the JDK's default root handler");
    Formatter before = console.getFormatter();
    Level levelBefore = console.getLevel();
    JsonLogInstaller installer = new JsonLogInstaller();
    installer.level = "trace";

    installer.install();
    try {
      SharedConsoleFormatter shared =
          assertInstanceOf(SharedConsoleFormatter.class, console.getFormatter());
      assertSame(before, shared.server());
      assertEquals(Level.FINEST, console.getLevel(), "TRACE is not cut at the server's level");
      assertTrue(Logger.getLogger("com.vita").getUseParentHandlers());
      assertEquals(Level.FINEST, Logger.getLogger("com.vita").getLevel());
    } finally {
      installer.uninstall();
    }
    assertSame(before, console.getFormatter());
    assertEquals(levelBefore, console.getLevel());
  }

  @Test
  void withoutAServerConsoleVitaWritesToStdoutItself() {
    Logger root = Logger.getLogger("");
    Handler[] handlers = root.getHandlers();
    for (Handler h : handlers) {
      root.removeHandler(h);
    }
    JsonLogInstaller installer = new JsonLogInstaller();
    installer.level = "warn";
    try {
      assertNull(JsonLogInstaller.serverConsole(root));
      installer.install();
      Logger vita = Logger.getLogger("com.vita");
      assertFalse(vita.getUseParentHandlers());
      assertEquals(1, vita.getHandlers().length);
      assertEquals(Level.WARNING, vita.getLevel());
      installer.uninstall();
      assertEquals(0, vita.getHandlers().length);
      assertTrue(vita.getUseParentHandlers());
    } finally {
      for (Handler h : handlers) {
        root.addHandler(h);
      }
      Logger.getLogger("com.vita").setLevel(null);
    }
  }

  @Test
  void theServersRecordsKeepTheServersFormat() {
    SharedConsoleFormatter shared = new SharedConsoleFormatter(SERVER);
    LogRecord theirs = new LogRecord(Level.INFO, "booted");
    theirs.setLoggerName("PayaraMicro");
    assertTrue(shared.format(theirs).contains("\"LogMessage\":\"booted\""));
    LogRecord ours = new LogRecord(Level.INFO, "GET / 200");
    ours.setLoggerName("com.vita.access");
    assertTrue(shared.format(ours).contains("\"message\":\"GET / 200\""));
    LogRecord lookalike = new LogRecord(Level.INFO, "x");
    lookalike.setLoggerName("com.vitamins");
    assertTrue(shared.format(lookalike).contains("LogMessage"));
    assertEquals("", shared.getHead(null) + shared.getTail(null), "the server's head and tail");
  }

  private static Handler consoleWritingTo(ByteArrayOutputStream output) {
    PrintStream stderr = System.err;
    System.setErr(new PrintStream(output, true, StandardCharsets.UTF_8));
    try {
      return new ConsoleHandler(); // takes System.err as it is now
    } finally {
      System.setErr(stderr);
    }
  }
}
