package com.vita.testing;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.net.URI;

/**
 * The REST Assured requests of the integration tests, with timeouts: a server that stops answering
 * fails the test within two minutes instead of holding the whole run until CI's limit.
 */
final class TestRequests {

  private static final int CONNECT_MILLIS = 10_000;
  private static final int ANSWER_MILLIS = 120_000;

  private static final RestAssuredConfig CONFIG =
      RestAssuredConfig.config()
          .httpClient(
              HttpClientConfig.httpClientConfig()
                  .setParam("http.connection.timeout", CONNECT_MILLIS)
                  .setParam("http.socket.timeout", ANSWER_MILLIS));

  private TestRequests() {}

  static RequestSpecification to(URI base) {
    return new RequestSpecBuilder().setBaseUri(base).setConfig(CONFIG).build();
  }
}
