package com.vita.platform.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.testing.TestAccounts;
import com.vita.testing.VitaTestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Finding 2 of the hardening issue: a multipart body of many tiny parts is refused while it streams
 * in, before the MIME parser holds an object per part (900,000 of them exhausted the heap), and so
 * is a part with oversized headers; a normal KYB submission still goes through. The full-size
 * scenario (48.6 MB, four at once, heap measured) is {@code bench/many-parts.sh}.
 */
class MultipartLimitsIT {

  private static final String KYB_INITIATE = "/api/v1/kyb/initiate";

  private final URI base = VitaTestServer.baseUri();
  private final TestAccounts.Registered user = TestAccounts.register();
  private final String token = user.token();

  @Test
  void aBodyOfManyTinyPartsIsRefusedAsItArrives() throws Exception {
    String boundary = "many" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int i = 0; i < 50_000; i++) {
      body.writeBytes(field(boundary, "legalName", "x"));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));

    long started = System.nanoTime();
    RawHttp.Answer answer = send(boundary, body.toByteArray());
    double seconds = (System.nanoTime() - started) / 1e9;

    assertEquals(413, answer.status(), answer.body());
    assertTrue(answer.isProblem(), answer.headers());
    assertTrue(answer.body().contains("at most 50 parts"), answer.body());
    assertTrue(seconds < 2, "refused in " + seconds + " s");
  }

  @Test
  void aPartWithOversizedHeadersIsRefused() throws Exception {
    String boundary = "long-header";
    byte[] body =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"documents\"; filename=\""
                + "a".repeat(5000)
                + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--"
                + boundary
                + "--\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    RawHttp.Answer answer = send(boundary, body);
    assertEquals(413, answer.status(), answer.body());
    assertTrue(answer.body().contains("at most 4096 bytes"), answer.body());
  }

  @Test
  void aNormalSubmissionStillGoesThrough() throws Exception {
    String boundary = "normal" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(field(boundary, "legalName", "Comercial Los Andes SpA"));
    body.writeBytes(field(boundary, "country", "CL"));
    body.writeBytes(field(boundary, "taxId", rut()));
    body.writeBytes(field(boundary, "legalRepresentative", "Ana Pérez"));
    body.writeBytes(field(boundary, "economicActivity", "Comercio minorista"));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"documents\"; filename=\"escritura.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%vita\n%%EOF\n\r\n--"
                + boundary
                + "--\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    RawHttp.Answer answer = send(boundary, body.toByteArray());
    assertEquals(201, answer.status(), answer.body());
    assertTrue(answer.body().contains("\"status\":\"submitted\""), answer.body());
    // Read on Payara's async threads, the body still belongs to its sender: the case is theirs.
    String id = io.restassured.path.json.JsonPath.from(answer.body()).getString("businessId");
    given(VitaTestServer.api())
        .auth()
        .oauth2(user.token())
        .get("/api/v1/kyb/status/" + id)
        .then()
        .statusCode(200);
    given(VitaTestServer.api())
        .auth()
        .oauth2(TestAccounts.register().token())
        .get("/api/v1/kyb/status/" + id)
        .then()
        .statusCode(404);
  }

  /** Sends the body while reading the answer, as a client that does not wait to be refused. */
  private RawHttp.Answer send(String boundary, byte[] body) throws Exception {
    String head =
        "POST "
            + KYB_INITIATE
            + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer "
            + token
            + "\r\nContent-Type: multipart/form-data; boundary="
            + boundary
            + "\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    try (Socket socket = RawHttp.open(base, head)) {
      Thread writer =
          new Thread(
              () -> {
                try {
                  OutputStream out = socket.getOutputStream();
                  for (int offset = 0; offset < body.length; offset += 16 * 1024) {
                    out.write(body, offset, Math.min(16 * 1024, body.length - offset));
                  }
                  out.flush();
                } catch (IOException refusedMidway) {
                  // the server answered and closed before the whole body was sent
                }
              });
      writer.start();
      RawHttp.Answer answer = RawHttp.read(socket, 10_000);
      writer.join(10_000);
      return answer;
    }
  }

  private static byte[] field(String boundary, String name, String value) {
    return ("--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\"\r\n\r\n"
            + value
            + "\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A valid Chilean RUT (modulo 11 check digit), formatted as people write it. */
  private static String rut() {
    int number = ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    int sum = 0;
    int factor = 2;
    for (int n = number; n > 0; n /= 10) {
      sum += (n % 10) * factor;
      factor = factor == 7 ? 2 : factor + 1;
    }
    int check = 11 - sum % 11;
    String digit = check == 11 ? "0" : check == 10 ? "K" : Integer.toString(check);
    String digits = Integer.toString(number);
    return digits.substring(0, 2)
        + "."
        + digits.substring(2, 5)
        + "."
        + digits.substring(5)
        + "-"
        + digit;
  }
}
