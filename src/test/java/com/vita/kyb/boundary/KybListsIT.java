package com.vita.kyb.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.testing.TestAccounts;
import com.vita.testing.TestTokens;
import com.vita.testing.VitaTestServer;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The owner's list of businesses with the KYB gate's answer, and the admins' review queue. */
class KybListsIT {

  private final String admin = TestTokens.forRoles("buyer", "admin");

  @Test
  void anOwnerSeesOnlyTheirBusinessesAndMaySellOnceOneIsApproved() {
    TestAccounts.Registered owner = TestAccounts.register();
    String draft = TestBusinesses.apply(owner.token(), "Borrador Andes SpA", false);
    String submitted = TestBusinesses.apply(owner.token(), "Andes Comercial SpA", true);

    JsonPath mine = mine(owner.token());
    assertFalse(mine.getBoolean("kybApproved"));
    assertEquals(List.of(submitted, draft), mine.getList("businesses.businessId"));
    assertEquals(List.of("submitted", "draft"), mine.getList("businesses.status"));
    assertEquals("Andes Comercial SpA", mine.getString("businesses[0].legalName"));

    JsonPath someoneElse = mine(TestAccounts.register().token());
    assertFalse(someoneElse.getBoolean("kybApproved"));
    assertTrue(someoneElse.getList("businesses").isEmpty());

    KybIT.review(admin, submitted, "start_review", null).then().statusCode(200);
    KybIT.approveKyc(owner);
    KybIT.review(admin, submitted, "approve", null).then().statusCode(200);
    assertTrue(mine(owner.token()).getBoolean("kybApproved"));
  }

  @Test
  void adminsPageThroughOneStatusLongestWaitingFirst() {
    TestAccounts.Registered owner = TestAccounts.register();
    String older = TestBusinesses.apply(owner.token(), "Primero SpA", true);
    String newer = TestBusinesses.apply(owner.token(), "Segundo SpA", true);

    List<Map<String, Object>> queue = wholeQueue("submitted");
    List<String> ids = queue.stream().map(c -> (String) c.get("businessId")).toList();
    assertTrue(ids.indexOf(older) >= 0 && ids.indexOf(older) < ids.indexOf(newer), ids.toString());
    List<Instant> since =
        queue.stream().map(c -> Instant.parse((String) c.get("statusSince"))).toList();
    for (int i = 1; i < since.size(); i++) {
      assertFalse(since.get(i).isBefore(since.get(i - 1)), "not oldest first at " + i);
    }

    KybIT.review(admin, older, "start_review", null).then().statusCode(200);
    assertTrue(wholeQueue("in_review").stream().anyMatch(c -> older.equals(c.get("businessId"))));
    assertFalse(wholeQueue("submitted").stream().anyMatch(c -> older.equals(c.get("businessId"))));
  }

  @Test
  void theQueueIsForAdminsAndRefusesWhatItCannotRead() {
    given(VitaTestServer.api())
        .auth()
        .oauth2(TestTokens.forRoles("buyer", "seller"))
        .get("/api/v1/kyb/queue")
        .then()
        .statusCode(403);
    given(VitaTestServer.api())
        .auth()
        .oauth2(admin)
        .queryParam("status", "approvedish")
        .get("/api/v1/kyb/queue")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("status"));
    given(VitaTestServer.api())
        .auth()
        .oauth2(admin)
        .queryParam("limit", 0)
        .get("/api/v1/kyb/queue")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given(VitaTestServer.api()).get("/api/v1/kyb/businesses").then().statusCode(401);
  }

  private List<Map<String, Object>> wholeQueue(String status) {
    List<Map<String, Object>> all = new ArrayList<>();
    for (int offset = 0; ; offset += 100) {
      List<Map<String, Object>> page =
          given(VitaTestServer.api())
              .auth()
              .oauth2(admin)
              .queryParam("status", status)
              .queryParam("limit", 100)
              .queryParam("offset", offset)
              .get("/api/v1/kyb/queue")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("");
      all.addAll(page);
      if (page.size() < 100) {
        return all;
      }
    }
  }

  private static JsonPath mine(String token) {
    return given(VitaTestServer.api())
        .auth()
        .oauth2(token)
        .get("/api/v1/kyb/businesses")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
