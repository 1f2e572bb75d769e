package com.vita.orders.boundary;

import static com.vita.orders.boundary.TestShop.cart;
import static com.vita.orders.boundary.TestShop.item;
import static com.vita.orders.boundary.TestShop.pick;
import static com.vita.orders.boundary.TestShop.stock;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.devstack.PayaraMicroServer;
import com.vita.testing.Closing;
import com.vita.testing.OwnServer;
import com.vita.testing.TestAccounts;
import com.vita.testing.TestDatabase;
import com.vita.testing.TestMailbox;
import com.vita.testing.TestMailbox.MailMatch;
import com.vita.testing.VitaTestServer;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What happens to an order without anyone calling its API, on a server of this class's own (the
 * probe WAR, the shared database and mailbox, {@code orders.payment-timeout} of 3 seconds): an
 * unpaid order expires and gives its stock back; payments confirm a checkout ({@code
 * OrderPayments}); shipping's delivery moves a shipped order to delivered; the order events, as the
 * outbox delivers them, mail the buyer and the seller once each however often they arrive.
 */
class OrderLifecycleIT {

  private static PayaraMicroServer server;
  private static TestShop.Seller seller;
  private static String store;
  private static long express;

  @BeforeAll
  static void start() throws Exception {
    server =
        OwnServer.startWithProbes(
            "orders-lifecycle",
            Map.of(
                "ORDERS_PAYMENT_TIMEOUT", "PT3S",
                "MAIL_SMTP_HOST", "127.0.0.1",
                "MAIL_SMTP_PORT", Integer.toString(VitaTestServer.mailbox().getSmtp().getPort()),
                "MAIL_SMTP_STARTTLS", "false",
                "KYB_REMINDERS_ENABLED", "false"));
    seller = TestShop.seller();
    store = TestShop.activeStore(seller, "CL");
    express = TestShop.chilexpress();
  }

  @AfterAll
  static void stop() throws Exception {
    Closing.all(server);
  }

  private static RequestSpecification own(String token) {
    return given(OwnServer.api(server)).auth().oauth2(token);
  }

  private static JsonPath probe(String action, String param, String value) {
    return given(OwnServer.api(server))
        .queryParam("action", action)
        .queryParam(param, value)
        .post("/probe/orders")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void anUnpaidOrderExpiresAndItsStockComesBack() throws Exception {
    String product = TestShop.product(seller, store, "Efímero", "5000", 5);
    String buyer = TestShop.buyer();
    String order =
        own(buyer)
            .contentType("application/json")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .body(cart(List.of(item(product, 2)), "CL", List.of(pick(store, express))))
            .post("/api/v1/orders")
            .then()
            .statusCode(201)
            .extract()
            .path("orders[0].id");
    assertEquals(3, stock(product));
    Instant deadline = Instant.now().plusSeconds(40);
    String status = "pending";
    while (!status.equals("cancelled") && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      status = own(buyer).get("/api/v1/orders/" + order).then().extract().path("status");
    }
    assertEquals("cancelled", status, "expired within the timeout and a timer run");
    assertEquals(5, stock(product));
    own(buyer)
        .get("/api/v1/orders/" + order)
        .then()
        .body("history[1].note", equalTo("payment not received in time"))
        .body("history[1].actorId", equalTo(null));
    List<Map<String, Object>> cancelled =
        TestDatabase.rows(
            "select payload->>'previousStatus' as previous from outbox_event"
                + " where aggregate_id = ? and event_type = 'order.cancelled'",
            UUID.fromString(order));
    assertEquals(1, cancelled.size());
    assertEquals("pending", cancelled.get(0).get("previous"));
  }

  @Test
  void withoutStripesKeysALocalRunPaysACheckoutInTheLabelledSandbox() throws Exception {
    // this class's server has no STRIPE_* settings, as a fresh clone's run has none
    String product = TestShop.product(seller, store, "De prueba", "5000", 5);
    String buyer = TestShop.buyer();
    JsonPath placed =
        TestShop.checkout(
                buyer, cart(List.of(item(product, 1)), "CL", List.of(pick(store, express))))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    JsonPath intent =
        own(buyer)
            .contentType("application/json")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .body(Map.of("checkoutId", placed.getString("checkoutId")))
            .post("/api/v1/payments/intent")
            .then()
            .statusCode(201)
            .body("provider", equalTo("sandbox"))
            .body("sandbox", equalTo(true))
            .extract()
            .jsonPath();
    own(buyer)
        .contentType("application/json")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .body(Map.of("paymentId", intent.getString("id"), "paymentMethod", "pm_card_visa"))
        .post("/api/v1/payments/confirm")
        .then()
        .statusCode(200)
        .body("status", equalTo("succeeded"));
    given(OwnServer.api(server))
        .get("/health/ready")
        .then()
        .body("checks.find { it.name == 'payments' }.data.cards", equalTo("sandbox"));
    assertEquals(
        1,
        TestDatabase.rows(
                "select 1 from ledger_transaction where kind = 'capture' and payment_id = ?",
                UUID.fromString(intent.getString("id")))
            .size());
  }

  @Test
  void paymentsConfirmACheckoutOnceAndShippingsDeliveryDeliversTheOrder() throws Exception {
    // placed on the shared server, whose payment timeout is 30 minutes
    String product = TestShop.product(seller, store, "Pagado", "5000", 5);
    TestAccounts.Registered buyer = TestAccounts.register();
    JsonPath placed =
        TestShop.checkout(
                buyer.token(), cart(List.of(item(product, 1)), "CL", List.of(pick(store, express))))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String order = placed.getString("orders[0].id");
    JsonPath paid = probe("paid", "checkout", placed.getString("checkoutId"));
    assertEquals(1, paid.getInt("confirmed"));
    paid = probe("paid", "checkout", placed.getString("checkoutId"));
    assertEquals(0, paid.getInt("confirmed"));
    assertEquals(1, paid.getInt("alreadyPaid"));
    TestShop.as(buyer.token())
        .get("/api/v1/orders/" + order)
        .then()
        .body("status", equalTo("confirmed"))
        .body("history[1].note", equalTo("payment received"));

    TestShop.ship(seller.token(), order, "CX-" + System.nanoTime());
    probe("delivered", "order", order);
    probe("delivered", "order", order); // a repeat is ignored
    TestShop.as(buyer.token())
        .get("/api/v1/orders/" + order)
        .then()
        .body("status", equalTo("delivered"));
    assertEquals(
        1,
        TestDatabase.rows(
                "select 1 from outbox_event where aggregate_id = ? and event_type = 'order.delivered'",
                UUID.fromString(order))
            .size());

    // the outbox delivers the five events twice: each person gets one mail a step
    assertEquals(5, probe("deliver", "order", order).getInt("delivered"));
    assertEquals(5, probe("deliver", "order", order).getInt("delivered"));
    String number = order.substring(0, 8);
    MailMatch toBuyer = m -> m.getSubject().startsWith("Tu pedido " + number);
    MailMatch toSeller = m -> m.getSubject().startsWith("Pedido " + number + " de tu tienda");
    assertEquals(5, TestMailbox.awaitCount(buyer.email(), toBuyer, 5, Duration.ofSeconds(15)));
    assertEquals(
        5, TestMailbox.awaitCount(seller.account().email(), toSeller, 5, Duration.ofSeconds(15)));
    Thread.sleep(1000);
    assertEquals(5, TestMailbox.mailsTo(buyer.email(), toBuyer).size());
    assertTrue(
        TestMailbox.mailsTo(buyer.email(), m -> m.getSubject().endsWith("enviado")).stream()
            .anyMatch(
                m -> {
                  try {
                    return TestMailbox.textOf(m).contains("Chilexpress");
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                }));
  }
}
