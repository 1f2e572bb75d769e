package com.vita.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.testing.TestAccounts;
import com.vita.testing.VitaTestServer;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Finding 1 of the hardening issue: clients that send a body at a byte a second hold no request
 * thread, are cut with a 408 problem+json once they fall behind the minimum pace, and leave no
 * stack trace; everyone else is served meanwhile. More slow clients than the server has request
 * threads (Payara's pool has 200): before the fix they held all of them until Grizzly's 30 s read
 * timeout and {@code /health/live} went unanswered. The full-size scenario, with percentiles, is
 * {@code bench/slow-bodies.sh}.
 */
class SlowBodiesIT {

  private static final int SLOW_CLIENTS = 220;

  /**
   * Long enough for a machine that runs the whole suite, far shorter than the 30 s for which the
   * slow clients held every request thread before; the figures are bench/slow-bodies.sh's.
   */
  private static final Duration QUICK = Duration.ofSeconds(8);

  private final URI base = VitaTestServer.baseUri();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(QUICK).build();

  @Test
  void slowBodiesAreCutWhileEveryoneElseIsServed() throws Exception {
    TestAccounts.Registered user = TestAccounts.register();
    long logBefore = logLines();
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < SLOW_CLIENTS; i++) {
        // valid JSON so far, a string that never ends: only the pace can stop it
        slow.add(RawHttp.open(base, loginHead(1000) + "{\"email\":\""));
      }
      long started = System.nanoTime();
      List<Socket> answered = new ArrayList<>();
      List<Double> healthMillis = new ArrayList<>();
      int round = 0;
      while (answered.size() < slow.size() && seconds(started) < 25) {
        for (Socket socket : slow) {
          if (!answered.contains(socket)
              && (RawHttp.hasAnswered(socket) || !RawHttp.trickle(socket, 'a'))) {
            answered.add(socket);
          }
        }
        if (round++ % 2 == 0) {
          healthMillis.add(servedMillis("/health/live"));
        }
        if (round % 5 == 0) {
          assertEquals(200, login(user), "a normal login while the slow clients send");
        }
        Thread.sleep(1000);
      }
      double cutAfter = seconds(started);
      java.util.Collections.sort(healthMillis);
      double median = healthMillis.get(healthMillis.size() / 2);
      assertTrue(median < 1000, "/health/live answered in " + healthMillis + " ms");
      assertEquals(slow.size(), answered.size(), "every slow client was cut");
      assertTrue(
          cutAfter > 9 && cutAfter < 20, "cut after the 10 s grace, not much later: " + cutAfter);
      for (Socket socket : slow) {
        RawHttp.Answer answer = RawHttp.read(socket, 5000);
        assertEquals(408, answer.status(), answer.body());
        assertTrue(answer.isProblem(), answer.headers());
        assertTrue(
            answer.body().contains("https://vita.dev/problems/request-timeout"), answer.body());
        assertTrue(answer.headers().toLowerCase().contains("connection: close"), answer.headers());
      }
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
    }
    List<String> logged = Files.readAllLines(log(), StandardCharsets.UTF_8);
    List<String> traces =
        logged.subList((int) logBefore, logged.size()).stream()
            .filter(line -> line.contains("\\tat ") || line.contains("Exception"))
            .toList();
    assertEquals(List.of(), traces, "no stack trace for a slow client");
  }

  @Test
  void aBodyThatArrivesSlowlyButWithinTheGraceIsServed() throws Exception {
    TestAccounts.Registered user = TestAccounts.register();
    String json =
        "{\"email\":\"" + user.email() + "\",\"password\":\"" + TestAccounts.PASSWORD + "\"}";
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head = loginHead(body.length).replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n");
    try (Socket socket = RawHttp.open(base, head)) {
      int third = body.length / 3;
      for (int offset = 0; offset < body.length; offset += third) {
        socket.getOutputStream().write(body, offset, Math.min(third, body.length - offset));
        socket.getOutputStream().flush();
        Thread.sleep(700);
      }
      RawHttp.Answer answer = RawHttp.read(socket, 10_000);
      assertEquals(200, answer.status(), answer.body());
      assertTrue(answer.body().contains("\"token\""), answer.body());
    }
  }

  @Test
  void aClientThatLeavesMidBodyIsLetGo() throws Exception {
    try (Socket leaving = RawHttp.open(base, loginHead(1000) + "{\"email\":")) {
      Thread.sleep(300);
      leaving.setSoLinger(true, 0); // a reset, as a dropped connection looks
    }
    servedMillis("/health/live");
  }

  private static String loginHead(int contentLength) {
    return "POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + "Content-Length: "
        + contentLength
        + "\r\n\r\n";
  }

  /** The time to a 200 from the path; fails when it takes longer than {@link #QUICK}. */
  private double servedMillis(String path) throws IOException, InterruptedException {
    long started = System.nanoTime();
    HttpResponse<Void> response =
        http.send(
            HttpRequest.newBuilder(base.resolve(path)).timeout(QUICK).build(),
            HttpResponse.BodyHandlers.discarding());
    assertEquals(200, response.statusCode());
    return (System.nanoTime() - started) / 1e6;
  }

  private int login(TestAccounts.Registered user) throws IOException, InterruptedException {
    String json =
        "{\"email\":\"" + user.email() + "\",\"password\":\"" + TestAccounts.PASSWORD + "\"}";
    return http.send(
            HttpRequest.newBuilder(base.resolve("/api/v1/auth/login"))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static Path log() {
    return VitaTestServer.stack().server().log();
  }

  private static long logLines() throws IOException {
    return Files.readAllLines(log(), StandardCharsets.UTF_8).size();
  }
}
