package com.vita.stores.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.stores.boundary.TestSellers.Seller;
import com.vita.testing.TestDatabase;
import com.vita.testing.TestOutbox;
import com.vita.testing.TestTokens;
import com.vita.testing.VitaTestServer;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The store analytics fed by order events, as the orders component writes them into the outbox (the
 * table is the contract, so the test writes the rows) and the in-process dispatcher of the suite's
 * server delivers them (no queue is configured there).
 */
class OrderAnalyticsIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
  private static final Duration SOON = Duration.ofSeconds(15);

  @Test
  void confirmedOrdersCountOncePerOrderAndPaidCancellationsAndRefundsAreTakenBack()
      throws Exception {
    Seller seller = TestSellers.register();
    String id = TestSellers.opened(seller.token(), TestSellers.SEED_STORE);
    UUID store = UUID.fromString(id);
    UUID shoe = UUID.randomUUID();
    UUID sock = UUID.randomUUID();
    UUID kept = UUID.randomUUID();
    UUID refunded = UUID.randomUUID();
    UUID cancelledPaid = UUID.randomUUID();
    UUID cancelledUnpaid = UUID.randomUUID();
    String keptLines = line(shoe, "Zapato", 2, 20_990) + "," + line(sock, "Calcetín", 1, 4_990);
    UUID keptConfirmed;
    List<UUID> all;
    try (Connection db = TestDatabase.connect()) {
      all =
          List.of(
              TestOutbox.append(
                  db,
                  "order",
                  kept,
                  "order.placed",
                  payload(kept, store, "placed", null, 25_980, keptLines)),
              keptConfirmed =
                  TestOutbox.append(
                      db,
                      "order",
                      kept,
                      "order.confirmed",
                      payload(kept, store, "confirmed", "pending", 25_980, keptLines)),
              TestOutbox.append(
                  db,
                  "order",
                  refunded,
                  "order.confirmed",
                  payload(
                      refunded,
                      store,
                      "confirmed",
                      "pending",
                      10_495,
                      line(shoe, "Zapato", 1, 10_495))),
              TestOutbox.append(
                  db,
                  "order",
                  refunded,
                  "order.refunded",
                  payload(
                      refunded,
                      store,
                      "refunded",
                      "delivered",
                      10_495,
                      line(shoe, "Zapato", 1, 10_495))),
              TestOutbox.append(
                  db,
                  "order",
                  cancelledPaid,
                  "order.confirmed",
                  payload(
                      cancelledPaid,
                      store,
                      "confirmed",
                      "pending",
                      4_990,
                      line(sock, "Calcetín", 1, 4_990))),
              TestOutbox.append(
                  db,
                  "order",
                  cancelledPaid,
                  "order.cancelled",
                  payload(
                      cancelledPaid,
                      store,
                      "cancelled",
                      "processing",
                      4_990,
                      line(sock, "Calcetín", 1, 4_990))),
              TestOutbox.append(
                  db,
                  "order",
                  cancelledUnpaid,
                  "order.cancelled",
                  payload(
                      cancelledUnpaid,
                      store,
                      "cancelled",
                      "pending",
                      4_990,
                      line(sock, "Calcetín", 1, 4_990))));
      TestOutbox.awaitPublished(db, SOON, all.toArray(UUID[]::new));

      expectOnlyTheKeptOrder(seller, id, shoe, sock);

      // A redelivery (the row unmarked, as a dispatcher that died before its commit leaves it):
      // delivered again, counted once.
      try (var reset =
          db.prepareStatement("update outbox_event set published_at = null where id = ?")) {
        reset.setObject(1, keptConfirmed);
        reset.executeUpdate();
      }
      TestOutbox.awaitPublished(db, SOON, keptConfirmed);
      expectOnlyTheKeptOrder(seller, id, shoe, sock);
    }
    List<Map<String, Object>> receipts =
        TestDatabase.rows(
            "select count(*) as n from outbox_receipt where consumer = 'stores.analytics' and event_id = ?",
            keptConfirmed);
    assertEquals(1L, ((Number) receipts.get(0).get("n")).longValue());
    // Another seller sees nothing of it.
    Seller other = TestSellers.register();
    given(VitaTestServer.api())
        .auth()
        .oauth2(other.token())
        .get("/api/v1/stores/" + id + "/analytics")
        .then()
        .statusCode(404);
  }

  @Test
  void anEventItsObserversKeepRefusingIsParkedAndStopsHoldingBackItsOrder() throws Exception {
    Seller seller = TestSellers.register();
    String id = TestSellers.opened(seller.token(), TestSellers.SEED_STORE);
    UUID store = UUID.fromString(id);
    UUID poisoned = UUID.randomUUID();
    UUID healthy = UUID.randomUUID();
    UUID product = UUID.randomUUID();
    String lines = line(product, "Libro", 1, 9_990);
    try (Connection db = TestDatabase.connect()) {
      UUID refused =
          TestOutbox.append(
              db,
              "order",
              poisoned,
              "order.confirmed",
              payload(poisoned, store, "confirmed", "pending", -1, lines));
      UUID behind =
          TestOutbox.append(
              db,
              "order",
              poisoned,
              "order.processing",
              payload(poisoned, store, "processing", "confirmed", 9_990, lines));
      UUID other =
          TestOutbox.append(
              db,
              "order",
              healthy,
              "order.confirmed",
              payload(healthy, store, "confirmed", "pending", 9_990, lines));

      TestOutbox.awaitPublished(db, SOON, other);
      assertEquals(0, TestOutbox.published(db, refused, behind), "the refused one holds its order");

      // Five tries, a second apart and doubling (the defaults): parked after about 15 s.
      TestOutbox.await(
          Duration.ofSeconds(40),
          "the refused event parked",
          () ->
              TestDatabase.rows("select parked_at from outbox_event where id = ?", refused)
                      .get(0)
                      .get("parked_at")
                  != null);
      Map<String, Object> row =
          TestDatabase.rows(
                  "select attempts, last_error, published_at from outbox_event where id = ?",
                  refused)
              .get(0);
      assertEquals(5, row.get("attempts"));
      assertTrue(((String) row.get("last_error")).contains("totalMinor"), row::toString);
      assertNull(row.get("published_at"));
      TestOutbox.awaitPublished(db, SOON, behind);

      // Admins see it and requeue it; nobody else does.
      String admin = TestTokens.forRoles("buyer", "admin");
      given(VitaTestServer.api())
          .auth()
          .oauth2(admin)
          .get("/api/v1/admin/outbox/parked")
          .then()
          .statusCode(200)
          .body("find { it.eventId == '" + refused + "' }.attempts", equalTo(5))
          .body("find { it.eventId == '" + refused + "' }.eventType", equalTo("order.confirmed"));
      given(VitaTestServer.api())
          .auth()
          .oauth2(seller.token())
          .get("/api/v1/admin/outbox/parked")
          .then()
          .statusCode(403);
      given(VitaTestServer.api())
          .auth()
          .oauth2(admin)
          .post("/api/v1/admin/outbox/parked/" + UUID.randomUUID() + "/requeue")
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
      given(VitaTestServer.api())
          .auth()
          .oauth2(admin)
          .post("/api/v1/admin/outbox/parked/" + refused + "/requeue")
          .then()
          .statusCode(204);
      Map<String, Object> requeued =
          TestDatabase.rows("select attempts, parked_at from outbox_event where id = ?", refused)
              .get(0);
      assertNull(requeued.get("parked_at"), "back in the work list");
      assertTrue((Integer) requeued.get("attempts") < 5, requeued::toString);
    }
    given(VitaTestServer.api())
        .auth()
        .oauth2(seller.token())
        .get("/api/v1/stores/" + id + "/analytics")
        .then()
        .statusCode(200)
        .body("orders", equalTo(1))
        .body("revenue.amount", contains(9990));
  }

  private static void expectOnlyTheKeptOrder(Seller seller, String id, UUID shoe, UUID sock) {
    given(VitaTestServer.api())
        .auth()
        .oauth2(seller.token())
        .get("/api/v1/stores/" + id + "/analytics")
        .then()
        .statusCode(200)
        .body("orders", equalTo(1))
        .body("revenue.currency", contains("CLP"))
        .body("revenue.amount", contains(25980))
        .body("topProducts.productId", contains(shoe.toString(), sock.toString()))
        .body("topProducts.units", contains(2, 1))
        .body("topProducts[0].revenue.amount", equalTo(20990))
        .body("topProducts[1].name", equalTo("Calcetín"));
  }

  private static String line(UUID product, String name, int quantity, long total) {
    return "{\"productId\":\""
        + product
        + "\",\"name\":\""
        + name
        + "\",\"quantity\":"
        + quantity
        + ",\"unitPriceMinor\":"
        + total / quantity
        + ",\"lineTotalMinor\":"
        + total
        + "}";
  }

  /** The orders component's payload (contracts of issue #12), in the seed store's CLP. */
  private static String payload(
      UUID order, UUID store, String status, String previous, long total, String lines) {
    return "{\"orderId\":\""
        + order
        + "\",\"checkoutId\":\""
        + UUID.randomUUID()
        + "\",\"storeId\":\""
        + store
        + "\",\"sellerId\":\""
        + UUID.randomUUID()
        + "\",\"buyerId\":\""
        + UUID.randomUUID()
        + "\",\"status\":\""
        + status
        + "\",\"previousStatus\":"
        + (previous == null ? "null" : "\"" + previous + "\"")
        + ",\"currency\":\"CLP\",\"totalMinor\":"
        + total
        + ",\"taxMinor\":0,\"shippingMinor\":0,\"placedAt\":\""
        + TODAY
        + "T08:00:00Z\",\"occurredAt\":\""
        + TODAY
        + "T08:05:00Z\",\"lines\":["
        + lines
        + "],\"carrier\":null,\"trackingNumber\":null}";
  }
}
