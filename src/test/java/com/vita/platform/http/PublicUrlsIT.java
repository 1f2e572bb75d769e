package com.vita.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.vita.testing.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * Absolute URLs come from {@code VITA_PUBLIC_BASE_URL} (the shared server leaves it unset: {@code
 * http://localhost:8080}), never from the request's {@code Host}; two {@code Host} headers are
 * refused (hardening issue, finding 13). The KYB {@code Location}: {@code
 * KybIT.aNewBusinessLocationIgnoresTheHostHeader}.
 */
class PublicUrlsIT {

  private static final String BASE = "http://localhost:8080";

  @Test
  void theDocumentationRedirectIgnoresTheHostHeader() throws Exception {
    RawHttp answer =
        RawHttp.send("GET /openapi-ui HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
    assertEquals(301, answer.status(), answer.toString());
    assertEquals(BASE + "/openapi-ui/", answer.header("Location").orElse(""));
    EdgeSurfaceIT.assertEdgeHeaders(answer);
  }

  @Test
  void twoHostHeadersAreRefused() throws Exception {
    RawHttp answer =
        RawHttp.send(
            "GET /api/v1/shipping/methods/CL HTTP/1.1\r\nHost: localhost\r\n"
                + "Host: evil.example\r\nConnection: close\r\n\r\n");
    assertEquals(400, answer.status(), answer.toString());
    assertEquals(
        "A request must carry exactly one Host header",
        EdgeSurfaceIT.problem(answer).getString("detail"));
    EdgeSurfaceIT.assertEdgeHeaders(answer);
    assertFalse(answer.body().contains("evil"), answer.body());
    // One Host is served as ever.
    RawHttp one =
        RawHttp.send(
            "GET /api/v1/shipping/methods/CL HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
    assertEquals(200, one.status(), one.toString());
  }
}
