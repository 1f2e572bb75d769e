package com.vita.shipping.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.testing.TestDatabase;
import com.vita.testing.TestTokens;
import com.vita.testing.VitaTestServer;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Admins edit a service's rate table (Correos de Chile PyME Estándar) and the next quote uses it.
 * Each test puts the seeded table back, so the quotes of other tests stay the seed's.
 */
class ShippingRatesIT {

  private final String admin = TestTokens.forRoles("buyer", "admin");
  private long methodId;
  private Map<String, Object> seeded;

  @BeforeEach
  void readTheSeededTable() {
    methodId =
        ((Number)
                given(VitaTestServer.api())
                    .get("/api/v1/shipping/methods/CL")
                    .then()
                    .extract()
                    .path("methods.find { it.carrier == 'Correos de Chile' }.methodId"))
            .longValue();
    seeded = table().statusCode(200).extract().as(Map.class);
  }

  @AfterEach
  void putTheSeededTableBack() {
    put(admin, seeded).statusCode(200);
  }

  @Test
  void anAdminReadsEveryZoneOfTheTable() {
    table()
        .statusCode(200)
        .body("carrier", equalTo("Correos de Chile"))
        .body("currency", equalTo("CLP"))
        .body("volumetricDivisor", equalTo(6000))
        .body("zones.zone", contains(1, 2, 3))
        .body("zones[0].brackets.upToGrams", contains(1000, 3000, 5000, 10000, 20000))
        .body("zones[0].brackets.priceMinor", contains(3490, 4590, 5690, 7990, 11990))
        .body("zones[0].extraKgMinor", equalTo(490));
  }

  @Test
  void anEditChangesTheNextQuoteAndIsAudited() throws Exception {
    // 2.5 kg to Santiago costs 4590 (the 3 kg bracket); the new table has a 2.5 kg bracket at 3990.
    quote().body(correos(), equalTo(4590));
    Map<String, Object> edited = copy(seeded);
    Map<String, Object> zone1 = zone(edited, 0);
    zone1.put(
        "brackets",
        List.of(
            bracket(1000, 3490), bracket(2500, 3990), bracket(5000, 5690), bracket(20000, 9990)));
    zone1.put("extraKgMinor", 390);
    put(admin, edited)
        .statusCode(200)
        .body("zones[0].brackets.priceMinor", contains(3490, 3990, 5690, 9990));
    quote().body(correos(), equalTo(3990));
    // 22.1 kg: 9990 + 3 started kg x 390
    ShippingQuotesIT.calculate("CL", "RM", ShippingQuotesIT.item("22.1", 10, 10, 10, 1))
        .body(correos(), equalTo(9990 + 3 * 390));

    List<Map<String, Object>> audit =
        TestDatabase.rows(
            "select details::text as details from audit_event where action = ? and subject = ?"
                + " order by id desc limit 1",
            "shipping.rates.replaced",
            "shipping_method:" + methodId);
    assertEquals(1, audit.size());
    assertTrue(audit.get(0).get("details").toString().contains("1:1000=3490 2500=3990"));
  }

  @Test
  void anInvalidTableIsRefusedAndChangesNothing() {
    Map<String, Object> falling = copy(seeded);
    zone(falling, 0).put("brackets", List.of(bracket(1000, 5000), bracket(3000, 4000)));
    Map<String, Object> unordered = copy(seeded);
    zone(unordered, 1).put("brackets", List.of(bracket(3000, 5000), bracket(1000, 6000)));
    Map<String, Object> missingZone = copy(seeded);
    ((List<?>) missingZone.get("zones")).remove(2);
    Map<String, Object> days = copy(seeded);
    zone(days, 2).put("minDeliveryDays", 9);
    Map<String, Object> negative = copy(seeded);
    zone(negative, 0).put("extraKgMinor", -1);
    for (Map<String, Object> invalid : List.of(falling, unordered, missingZone, days, negative)) {
      put(admin, invalid).statusCode(400).contentType("application/problem+json");
    }
    table().body("zones[0].brackets.priceMinor", contains(3490, 4590, 5690, 7990, 11990));
    quote().body(correos(), equalTo(4590));
  }

  @Test
  void concurrentEditsApplyOneAfterTheOtherNeverMixed() throws Exception {
    List<Map<String, Object>> tables = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Map<String, Object> table = copy(seeded);
      for (int z = 0; z < 3; z++) {
        zone(table, z).put("brackets", List.of(bracket(1000, 1000 + i), bracket(30000, 2000 + i)));
      }
      tables.add(table);
    }
    ExecutorService pool = Executors.newFixedThreadPool(tables.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> statuses = new ArrayList<>();
      for (Map<String, Object> table : tables) {
        statuses.add(
            pool.submit(
                () -> {
                  start.await();
                  return put(admin, table).extract().statusCode();
                }));
      }
      start.countDown();
      for (Future<Integer> status : statuses) {
        assertEquals(200, status.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    List<List<Integer>> prices = table().extract().path("zones.brackets.priceMinor");
    int winner = prices.get(0).get(0) - 1000;
    for (List<Integer> zone : prices) {
      assertEquals(List.of(1000 + winner, 2000 + winner), zone, "one admin's table in every zone");
    }
  }

  @Test
  void onlyAdminsReadOrEditRates() {
    for (String token : List.of(TestTokens.forRoles("buyer"), TestTokens.forRoles("seller"))) {
      given(VitaTestServer.api())
          .auth()
          .oauth2(token)
          .get("/api/v1/shipping/rates/" + methodId)
          .then()
          .statusCode(403);
      put(token, seeded).statusCode(403).contentType("application/problem+json");
    }
    given(VitaTestServer.api()).get("/api/v1/shipping/rates/" + methodId).then().statusCode(401);
    given(VitaTestServer.api())
        .auth()
        .oauth2(admin)
        .get("/api/v1/shipping/rates/999999")
        .then()
        .statusCode(404);
  }

  private ValidatableResponse table() {
    return given(VitaTestServer.api())
        .auth()
        .oauth2(admin)
        .get("/api/v1/shipping/rates/" + methodId)
        .then();
  }

  private ValidatableResponse put(String token, Map<String, Object> body) {
    return given(VitaTestServer.api())
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/shipping/rates/" + methodId)
        .then();
  }

  private static ValidatableResponse quote() {
    return ShippingQuotesIT.calculate("CL", "RM", ShippingQuotesIT.item("2.5", 30, 20, 10, 1))
        .statusCode(200);
  }

  private static String correos() {
    return "quotes.find { it.carrier == 'Correos de Chile' }.price.amountMinor";
  }

  private static Map<String, Object> bracket(int upToGrams, long priceMinor) {
    return Map.of("upToGrams", upToGrams, "priceMinor", priceMinor);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> zone(Map<String, Object> table, int index) {
    return ((List<Map<String, Object>>) table.get("zones")).get(index);
  }

  /** A deep copy of the JSON table, zones and brackets included. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> copy(Map<String, Object> table) {
    Map<String, Object> copy = new HashMap<>(table);
    List<Object> zones = new ArrayList<>();
    for (Object zone : (List<Object>) table.get("zones")) {
      Map<String, Object> z = new HashMap<>((Map<String, Object>) zone);
      z.put("brackets", new ArrayList<>((List<Object>) z.get("brackets")));
      zones.add(z);
    }
    copy.put("zones", zones);
    return copy;
  }
}
