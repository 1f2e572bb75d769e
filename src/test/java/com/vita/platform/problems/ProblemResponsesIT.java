package com.vita.platform.problems;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.vita.testing.VitaTestServer;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every error the API can produce is problem+json with the request's id, never a 500. */
class ProblemResponsesIT {

  private static final String CALCULATE = "/api/v1/shipping/calculate";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"country\":",
        "{country: 'CL'}",
        "[1,2",
        "{\"country\":\"CL\",\"weightKg\":\"heavy\"}",
        "{\"country\":\"CL\",\"weightKg\":1,\"dimensionsCm\":[]}",
        "\u0000\u0001",
        "<xml/>"
      })
  void malformedJsonIsABadRequest(String body) {
    Response response =
        given(VitaTestServer.api()).contentType("application/json").body(body).post(CALCULATE);
    response
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("https://vita.dev/problems/malformed-request"))
        .body("requestId", equalTo(response.header("X-Request-Id")))
        .body(not(containsString("Exception")));
  }

  @Test
  void aMissingBodyIsAMalformedRequest() {
    given(VitaTestServer.api())
        .contentType("application/json")
        .post(CALCULATE)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("https://vita.dev/problems/malformed-request"))
        .body("detail", equalTo("A request body is required"));
  }

  @Test
  void anUnknownPathOutsideTheApiIsAProblem() {
    Response response = given(VitaTestServer.api()).get("/no/such/page");
    response
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo("https://vita.dev/problems/not-found"))
        .body("instance", equalTo("/no/such/page"))
        .body("requestId", equalTo(response.header("X-Request-Id")));
  }

  @Test
  void anUnknownApiRouteIsAProblem() {
    given(VitaTestServer.api())
        .get("/api/v1/no-such-resource")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("https://vita.dev/problems/not-found"));
  }

  @Test
  void theWrongMethodIsAProblemThatSaysWhichAreAllowed() {
    given(VitaTestServer.api())
        .delete("/api/v1/shipping/methods/CL")
        .then()
        .statusCode(405)
        .contentType("application/problem+json")
        .header("Allow", containsString("GET"))
        .body("type", equalTo("https://vita.dev/problems/method-not-allowed"));
  }

  @Test
  void anUnsupportedContentTypeIsAProblem() {
    given(VitaTestServer.api())
        .contentType("text/plain")
        .body("CL 2kg")
        .post(CALCULATE)
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("type", equalTo("https://vita.dev/problems/unsupported-media-type"));
  }

  @Test
  void aBodyDeclaredOverTheLimitIsRefusedBeforeItIsRead() {
    byte[] elevenMegabytes = new byte[11 * 1024 * 1024];
    given(VitaTestServer.api())
        .contentType("application/json")
        .body(elevenMegabytes)
        .post(CALCULATE)
        .then()
        .statusCode(413)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo("https://vita.dev/problems/payload-too-large"));
  }

  @Test
  void aChunkedBodyIsCutOffWhenItGrowsPastTheLimit() throws Exception {
    // Valid JSON so far, so only the size limit can stop it: a string that never ends.
    InputStream body =
        new SequenceInputStream(
            new ByteArrayInputStream("{\"country\":\"".getBytes(StandardCharsets.UTF_8)),
            new InputStream() {
              private long remaining = 11L * 1024 * 1024;

              @Override
              public int read() {
                return remaining-- > 0 ? 'a' : -1;
              }
            });
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(VitaTestServer.baseUri() + CALCULATE))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    org.junit.jupiter.api.Assertions.assertEquals(413, response.statusCode(), response.body());
    org.junit.jupiter.api.Assertions.assertTrue(
        response.body().contains("https://vita.dev/problems/payload-too-large"), response.body());
  }

  @Test
  void theErrorPageIsNotAResourceOfItsOwn() {
    given(VitaTestServer.api())
        .get("/problems/container-error")
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"));
  }
}
