package com.vita.payments.boundary;

import static com.vita.orders.boundary.TestShop.as;
import static com.vita.payments.boundary.TestPayments.count;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.orders.boundary.TestShop;
import com.vita.testing.TestAccounts;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sellers' virtual cards (sandbox on the shared server): one per approved seller. */
class VirtualCardsIT {

  private static TestShop.Seller seller;

  @BeforeAll
  static void seller() {
    seller = TestShop.seller();
  }

  @Test
  void aSellerWithAnApprovedBusinessGetsOneVirtualCard() {
    String path = "/api/v1/wallet/" + seller.id() + "/card";
    JsonPath card = as(seller.token()).post(path).then().statusCode(201).extract().jsonPath();
    assertEquals("VISA", card.getString("brand"));
    assertEquals("sandbox", card.getString("provider"));
    assertTrue(card.getString("last4").matches("[0-9]{4}"));
    assertTrue(card.getInt("expYear") >= Instant.now().atZone(java.time.ZoneOffset.UTC).getYear());

    as(seller.token()).post(path).then().statusCode(200).body("id", equalTo(card.getString("id")));
    as(seller.token())
        .get(path)
        .then()
        .statusCode(200)
        .body("last4", equalTo(card.getString("last4")));
    as(TestShop.buyer()).post(path).then().statusCode(404);
    as(TestShop.buyer()).get(path).then().statusCode(404);
  }

  @Test
  void sixConcurrentCardRequestsMakeOneCard() throws Exception {
    TestShop.Seller other = TestShop.seller();
    String path = "/api/v1/wallet/" + other.id() + "/card";
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Integer> statuses = new ArrayList<>();
    try {
      List<Callable<Integer>> requests = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        requests.add(() -> as(other.token()).post(path).statusCode());
      }
      for (Future<Integer> status : pool.invokeAll(requests)) {
        statuses.add(status.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
    assertEquals(5, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
    assertEquals(
        1,
        count(
            "select count(*) as n from virtual_card where holder_id = ?",
            UUID.fromString(other.id())));
  }

  @Test
  void withoutAnApprovedBusinessNoCardIsIssued() throws Exception {
    TestAccounts.Registered buyer = TestAccounts.register();
    String path = "/api/v1/wallet/" + buyer.userId() + "/card";
    as(buyer.token())
        .post(path)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", startsWith("This needs a business verified"));
    as(buyer.token()).get(path).then().statusCode(404);
    assertEquals(
        0,
        count(
            "select count(*) as n from virtual_card where holder_id = ?",
            UUID.fromString(buyer.userId())));
  }
}
