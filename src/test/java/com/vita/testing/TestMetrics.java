package com.vita.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Reads one Prometheus series from the shared server's {@code /metrics} (or another's). */
public final class TestMetrics {

  private TestMetrics() {}

  /** The value of the series written exactly so (name and labels), 0 when not counted yet. */
  public static double value(String series) {
    return value(VitaTestServer.api(), series);
  }

  /** The same on another server (one of a test's own, {@link OwnServer}). */
  public static double value(RequestSpecification api, String series) {
    String metrics = given(api).accept("text/plain").get("/metrics").asString();
    for (String line : metrics.split("\n")) {
      if (line.startsWith(series + " ")) {
        return Double.parseDouble(line.substring(series.length() + 1).trim());
      }
    }
    return 0;
  }
}
