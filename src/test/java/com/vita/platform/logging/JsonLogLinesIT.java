package com.vita.platform.logging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.testing.RawHttp;
import com.vita.testing.VitaTestServer;
import jakarta.json.Json;
import jakarta.json.JsonException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Every line the shared server wrote since it started, Payara's and VITA's, is one JSON object
 * (hardening issue, finding 10), also after failing requests of every kind at once: before, VITA's
 * access lines landed inside the long lines Payara writes in pieces (a stack trace), and hundreds
 * of lines were no JSON.
 */
class JsonLogLinesIT {

  private static final int ROUNDS = 16;

  @Test
  void everyLineOfTheServersOutputIsOneJsonObject() throws Exception {
    List<Callable<Integer>> failing = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      // Before the fix each OPTIONS logged a 9 KB SEVERE stack trace (WADL generation).
      failing.add(() -> given(VitaTestServer.api()).options("/api/v1/auth/login").statusCode());
      failing.add(() -> given(VitaTestServer.api()).options("/api/v1/kyb/initiate").statusCode());
      failing.add(() -> given(VitaTestServer.api()).get("/api/v1/no-such-thing").statusCode());
      failing.add(
          () ->
              given(VitaTestServer.api())
                  .contentType("application/json")
                  .body("{\"email\":")
                  .post("/api/v1/auth/login")
                  .statusCode());
      failing.add(
          () ->
              given(VitaTestServer.api())
                  .contentType("application/json")
                  .body("{}")
                  .post("/api/v1/v3/session")
                  .statusCode());
      // Payara logs a WARNING with a stack trace for each of these.
      failing.add(
          () ->
              RawHttp.send(
                      "POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\n"
                          + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                          + "Connection: close\r\n\r\n",
                      "ZZ\r\nabc\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1))
                  .status());
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      for (var answer : pool.invokeAll(failing)) {
        assertTrue(answer.get() >= 400 || answer.get() == 200, "answered " + answer.get());
      }
    } finally {
      pool.shutdown();
    }
    Thread.sleep(500); // the last lines of the requests' threads

    List<String> lines =
        Files.readAllLines(VitaTestServer.stack().server().log(), StandardCharsets.UTF_8);
    List<String> invalid = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!isJsonObject(lines.get(i))) {
        String line = lines.get(i);
        invalid.add((i + 1) + ": " + line.substring(0, Math.min(line.length(), 200)));
      }
    }
    assertEquals(List.of(), invalid.stream().limit(10).toList(), invalid.size() + " invalid lines");
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("{\"Timestamp\"")), "Payara's lines");
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("\"logger\":\"com.vita.access\"")), "VITA's lines");
  }

  private static boolean isJsonObject(String line) {
    try (var reader = Json.createReader(new StringReader(line))) {
      reader.readObject();
      return true;
    } catch (JsonException | IllegalStateException notJson) {
      return false;
    }
  }
}
