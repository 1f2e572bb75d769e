package com.vita.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerOutputTest {

  private static final String VITA_ERROR =
      "{\"timestamp\":\"2026-01-01T00:00:00Z\",\"level\":\"SEVERE\",\"logger\":\"com.vita.x\","
          + "\"message\":\"REDIS_URL is not set: without it, \\\"per\\\" instance\\u00e9\","
          + "\"thread\":\"main\"}";
  private static final String PAYARA_ERROR =
      "{\"Timestamp\":\"2026-01-01T00:00:00Z\",\"Level\":\"SEVERE\",\"LoggerName\":\"javax.x\","
          + "\"LogMessage\":\"Exception while loading the app\\nat a.b.C\"}";
  private static final String BOOTED =
      "{\"Level\":\"INFO\",\"LoggerName\":\"PayaraMicro\","
          + "\"LogMessage\":\"Payara Micro 6.2025.10 (build 42) ready in 33,010 (ms)\"}";

  @Test
  void copiesEveryLineAndWatchesForTheEndOfTheDeploymentAndItsErrors() {
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    String output = String.join("\n", "{\"Level\":\"INFO\"}", PAYARA_ERROR, VITA_ERROR, BOOTED);
    ServerOutput watched = follow(output, copy);

    assertEquals(output + "\n", copy.toString(StandardCharsets.UTF_8));
    assertTrue(watched.booted());
    assertEquals(
        List.of("REDIS_URL is not set: without it, \"per\" instanceé"),
        watched.errors(),
        "VITA's own lines, when there are any");
  }

  @Test
  void payarasErrorsWhenVitaLoggedNone() {
    ServerOutput watched = follow(PAYARA_ERROR, new ByteArrayOutputStream());

    assertFalse(watched.booted());
    assertEquals(List.of("Exception while loading the app"), watched.errors());
  }

  @Test
  void aLogFileIsReadTheSameWay(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("payara.log");
    assertFalse(ServerOutput.read(log).booted(), "no log yet");
    Files.writeString(log, String.join("\n", VITA_ERROR, BOOTED, ""), StandardCharsets.UTF_8);

    ServerOutput seen = ServerOutput.read(log);

    assertTrue(seen.booted());
    assertEquals(1, seen.errors().size());
  }

  private static ServerOutput follow(String output, ByteArrayOutputStream copy) {
    ServerOutput watched =
        ServerOutput.reading(
            new ByteArrayInputStream(output.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(copy, true, StandardCharsets.UTF_8));
    watched.run();
    return watched;
  }
}
