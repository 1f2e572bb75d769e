package com.vita.platform.storage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.vita.devstack.PayaraMicroServer;
import com.vita.testing.Closing;
import com.vita.testing.OwnServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The WAR on Payara Micro with {@code STORAGE_S3_BUCKET} set: the producer picks S3, the AWS SDK
 * loads inside the server (URL-connection client, credentials from the environment) and readiness
 * asks the bucket. The server only becomes ready when HeadBucket succeeded; once S3Mock stops,
 * readiness is DOWN within its 2-second timeout.
 */
class StorageOnServerIT {

  private static S3Mock s3;
  private static PayaraMicroServer server;

  @BeforeAll
  static void start() throws Exception {
    s3 = S3Mock.start("vita-documents");
    server =
        OwnServer.start(
            "s3",
            Map.of(
                "STORAGE_S3_BUCKET", "vita-documents",
                "STORAGE_S3_REGION", "us-east-1",
                "STORAGE_S3_ENDPOINT", s3.endpoint().toString(),
                "AWS_ACCESS_KEY_ID", "test-key",
                "AWS_SECRET_ACCESS_KEY", "test-secret"));
  }

  @AfterAll
  static void stop() throws Exception {
    Closing.all(server, s3);
  }

  @Test
  void readinessFollowsTheBucket() throws Exception {
    given()
        .baseUri(server.baseUri().toString())
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'storage' }.status", equalTo("UP"))
        .body("checks.find { it.name == 'storage' }.data.mode", equalTo("s3"));

    s3.close();

    given()
        .baseUri(server.baseUri().toString())
        .get("/health/ready")
        .then()
        .statusCode(503)
        .body("checks.find { it.name == 'storage' }.status", equalTo("DOWN"))
        .body("checks.find { it.name == 'storage' }.data.mode", equalTo("s3"));
  }
}
