package com.vita.imports.boundary;

import static com.vita.imports.TestImports.finished;
import static com.vita.imports.TestImports.upload;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.devstack.PayaraMicroServer;
import com.vita.imports.TestImports;
import com.vita.imports.TestImports.Seller;
import com.vita.imports.TestSheets;
import com.vita.testing.OwnServer;
import com.vita.testing.TestDatabase;
import com.vita.testing.TestTokens;
import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job whose server is killed mid-way (the process destroyed forcibly, no shutdown) is restarted
 * through the API on a server started again on the same data directory, and ends with each row
 * written exactly once: every product created once, none counted twice, none updated.
 */
class ImportRestartIT {

  private static final int ROWS = 5_000;
  private static final Map<String, String> SETTINGS =
      Map.of("IMPORT_CHUNK_SIZE", "25", "IMPORT_STALE_AFTER_SECONDS", "1");

  @TempDir Path dir;

  @Test
  void aJobKilledMidWayResumesFromItsCheckpointAndWritesEveryRowOnce() throws Exception {
    String prefix = "R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "X";
    Path file = TestSheets.xlsx(dir.resolve("big.xlsx"), TestSheets.products(prefix, ROWS));
    PayaraMicroServer first = OwnServer.start("imports-restart", SETTINGS);
    Seller seller;
    String jobId;
    try {
      seller = TestImports.seller(OwnServer.api(first));
      jobId =
          upload(OwnServer.api(first), seller.token(), seller.storeId(), file, "")
              .then()
              .statusCode(202)
              .extract()
              .path("jobId");
      long written = awaitSomeRows(first, seller, jobId);
      assertTrue(written > 0 && written < ROWS, "killed after " + written + " rows");
      first.process().destroyForcibly().waitFor();
    } finally {
      first.close();
    }
    long atKill = products(seller.storeId());
    assertTrue(atKill < ROWS, "the kill came too late: " + atKill);

    PayaraMicroServer second = OwnServer.start("imports-restart", SETTINGS);
    try {
      String admin = TestTokens.forRoles("admin");
      JsonPath stale = status(second, admin, jobId);
      assertEquals("started", stale.getString("state")); // the dead server never recorded an end
      Thread.sleep(1500); // past import.stale-after-seconds
      given(OwnServer.api(second))
          .auth()
          .oauth2(admin)
          .post("/api/v1/import/jobs/" + jobId + "/restart")
          .then()
          .statusCode(200);
      JsonPath done = finished(OwnServer.api(second), seller.token(), jobId);
      assertEquals("completed", done.getString("state"), () -> done.getMap("").toString());
      assertEquals(ROWS, done.getInt("rowsCreated"));
      assertEquals(0, done.getInt("rowsUpdated"));
      assertEquals(0, done.getInt("rowsRejected"));
      assertEquals((long) ROWS, products(seller.storeId()));
      assertEquals(
          (long) ROWS,
          ((Number)
                  TestDatabase.rows(
                          "select count(distinct sku) as n from product where store_id = ?",
                          UUID.fromString(seller.storeId()))
                      .get(0)
                      .get("n"))
              .longValue());
    } finally {
      second.close();
    }
  }

  private static long awaitSomeRows(PayaraMicroServer server, Seller seller, String jobId)
      throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(deadline)) {
      long created = status(server, seller.token(), jobId).getLong("rowsCreated");
      if (created > 0) {
        return created;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the job wrote nothing in two minutes");
  }

  private static JsonPath status(PayaraMicroServer server, String token, String jobId) {
    return given(OwnServer.api(server))
        .auth()
        .oauth2(token)
        .get("/api/v1/import/status/" + jobId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static long products(String storeId) throws Exception {
    return ProductImportIT.products(storeId);
  }
}
