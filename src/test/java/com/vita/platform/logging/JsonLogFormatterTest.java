package com.vita.platform.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class JsonLogFormatterTest {

  private final JsonLogFormatter formatter = new JsonLogFormatter();

  @Test
  void aRecordIsOneJsonLineWithUtcTime() {
    LogRecord record = new LogRecord(Level.INFO, "Shipped order {0}");
    record.setParameters(new Object[] {"A-1"});
    record.setLoggerName("com.vita.orders");
    JsonObject line = parse(formatter.format(record));
    assertEquals("Shipped order A-1", line.getString("message"));
    assertEquals("INFO", line.getString("level"));
    assertEquals("com.vita.orders", line.getString("logger"));
    assertTrue(line.getString("timestamp").endsWith("Z"), line.getString("timestamp"));
    assertFalse(line.containsKey("requestId"), "no request outside a request");
  }

  @Test
  void newlinesAndQuotesCannotForgeLinesOrFields() {
    LogRecord record = new LogRecord(Level.WARNING, "bad\n{\"level\":\"INFO\"} \"quoted\"");
    String formatted = formatter.format(record);
    assertEquals(1, formatted.strip().lines().count());
    assertEquals("WARNING", parse(formatted).getString("level"));
  }

  @Test
  void exceptionsAreKeptInOneField() {
    LogRecord record = new LogRecord(Level.SEVERE, "failed");
    record.setThrown(new IllegalStateException("boom"));
    assertTrue(
        parse(formatter.format(record))
            .getString("exception")
            .contains("IllegalStateException: boom"));
  }

  @Test
  void levelNamesFromOtherEcosystemsAreUnderstood() {
    assertEquals(Level.FINE, JsonLogInstaller.julLevel("debug"));
    assertEquals(Level.WARNING, JsonLogInstaller.julLevel("WARN"));
    assertEquals(Level.SEVERE, JsonLogInstaller.julLevel("error"));
    assertEquals(Level.INFO, JsonLogInstaller.julLevel("nonsense"));
  }

  private static JsonObject parse(String line) {
    return Json.createReader(new StringReader(line)).readObject();
  }
}
