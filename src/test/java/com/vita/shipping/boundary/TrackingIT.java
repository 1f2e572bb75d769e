package com.vita.shipping.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vita.devstack.PayaraMicroServer;
import com.vita.testing.Closing;
import com.vita.testing.OwnServer;
import com.vita.testing.TestTokens;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Shipments end to end on a server of this class's own: with the probe servlets (which play orders'
 * side of the contract: {@code Shipments#open} in a transaction of their own, and an observer of
 * {@code ShipmentDelivered}) and with a webhook secret for Chilexpress only.
 */
class TrackingIT {

  private static final String SECRET = "whsec-chilexpress-" + UUID.randomUUID();

  private static PayaraMicroServer server;

  @BeforeAll
  static void start() throws Exception {
    server =
        OwnServer.startWithProbes(
            "tracking",
            Map.of(
                "SHIPPING_WEBHOOK_SECRET_CHILEXPRESS",
                SECRET,
                // blank is unset: SEUR's webhooks are refused
                "SHIPPING_WEBHOOK_SECRET_SEUR",
                ""));
  }

  @AfterAll
  static void stop() throws Exception {
    Closing.all(server);
  }

  /** The people of one order, and its shipment once opened. */
  private record Order(UUID orderId, UUID sellerId, UUID buyerId, String trackingNumber) {
    static Order next() {
      return new Order(
          UUID.randomUUID(),
          UUID.randomUUID(),
          UUID.randomUUID(),
          "CX" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    String seller() {
      return token(sellerId, "seller");
    }

    String buyer() {
      return token(buyerId, "buyer");
    }
  }

  @Test
  void openingJoinsTheCallersTransaction() {
    Order order = Order.next();
    String trackingId =
        open(order, "Chilexpress", "rollback").statusCode(200).extract().path("trackingId");
    given(api()).auth().oauth2(admin()).get(tracking(trackingId)).then().statusCode(404);
    given(probe())
        .queryParam("orderId", order.orderId().toString())
        .get("/probe/shipments")
        .then()
        .body("$", hasSize(0));
  }

  @Test
  void openingRefusesUnknownCarriersBadNumbersAndASecondShipment() {
    Order order = Order.next();
    open(order, "FedEx", "commit").statusCode(400);
    open(
            new Order(order.orderId(), order.sellerId(), order.buyerId(), "no spaces"),
            "DHL",
            "commit")
        .statusCode(400);
    open(order, "correos-de-chile", "commit").statusCode(200); // by code, any case of the name
    open(order, "Chilexpress", "commit").statusCode(409);
    Order other = Order.next();
    open(
            new Order(other.orderId(), other.sellerId(), other.buyerId(), order.trackingNumber()),
            "Correos de Chile",
            "commit")
        .statusCode(409); // the carrier's number is the first shipment's
  }

  @Test
  void theBuyerTheSellerAndAdminsReadTrackingNobodyElse() {
    Order order = Order.next();
    String trackingId = opened(order);
    for (String reader : List.of(order.buyer(), order.seller(), admin())) {
      given(api())
          .auth()
          .oauth2(reader)
          .get(tracking(trackingId))
          .then()
          .statusCode(200)
          .body("trackingId", equalTo(trackingId))
          .body("orderId", equalTo(order.orderId().toString()))
          .body("carrier.code", equalTo("chilexpress"))
          .body("trackingNumber", equalTo(order.trackingNumber()))
          .body("status", equalTo("registered"))
          .body("events.source", contains("vita"));
    }
    for (String stranger :
        List.of(token(UUID.randomUUID(), "buyer"), token(UUID.randomUUID(), "seller"))) {
      given(api())
          .auth()
          .oauth2(stranger)
          .get(tracking(trackingId))
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
    }
    given(api()).auth().oauth2(admin()).get(tracking("VT0000000000000000")).then().statusCode(404);
    given(api()).auth().oauth2(admin()).get(tracking("nonsense")).then().statusCode(404);
    given(api()).get(tracking(trackingId)).then().statusCode(401);
  }

  @Test
  void theSellerRecordsEventsAndADeliveryFiresOnce() {
    Order order = Order.next();
    String trackingId = opened(order);
    sellerEvent(
            order.seller(),
            trackingId,
            "{\"status\":\"in_transit\",\"description\":\"En ruta\","
                + "\"location\":\"Santiago\"}")
        .statusCode(200)
        .body("status", equalTo("in_transit"))
        .body("events.status", contains("registered", "in_transit"))
        .body("events[1].source", equalTo("seller"))
        .body("events[1].location", equalTo("Santiago"));
    // the buyer reads but does not write; another seller does not see it; bad input changes nothing
    sellerEvent(order.buyer(), trackingId, "{\"status\":\"delivered\",\"description\":\"x\"}")
        .statusCode(403);
    sellerEvent(
            token(UUID.randomUUID(), "seller"),
            trackingId,
            "{\"status\":\"delivered\",\"description\":\"x\"}")
        .statusCode(404);
    sellerEvent(order.seller(), trackingId, "{\"status\":\"lost\",\"description\":\"x\"}")
        .statusCode(400)
        .contentType("application/problem+json");
    sellerEvent(
            order.seller(),
            trackingId,
            "{\"status\":\"delivered\",\"description\":\"x\",\"occurredAt\":\"2099-01-01T00:00:00Z\"}")
        .statusCode(400);
    readAsAdmin(trackingId).body("events", hasSize(2)).body("status", equalTo("in_transit"));
    assertEquals(0, deliveriesOf(order), "nothing delivered yet");

    sellerEvent(
            order.seller(), trackingId, "{\"status\":\"delivered\",\"description\":\"Entregado\"}")
        .statusCode(200)
        .body("status", equalTo("delivered"))
        .body("deliveredAt", notNullValue());
    assertEquals(1, deliveriesOf(order));
    // a later event is kept in the history but delivered stays, and fires nothing again
    sellerEvent(
            order.seller(), trackingId, "{\"status\":\"delivered\",\"description\":\"Otra vez\"}")
        .statusCode(200)
        .body("status", equalTo("delivered"))
        .body("events", hasSize(4));
    assertEquals(1, deliveriesOf(order));
    given(probe())
        .queryParam("orderId", order.orderId().toString())
        .get("/probe/shipments")
        .then()
        .body("status", contains("registered", "in_transit", "delivered", "delivered"));
  }

  @Test
  void aForgedOrStaleWebhookIsRefusedAndChangesNothing() {
    Order order = Order.next();
    String trackingId = opened(order);
    byte[] body = event("evt-" + UUID.randomUUID(), order, "delivered");
    long now = Instant.now().getEpochSecond();
    List<String> refused =
        List.of(
            "t=" + now + ",v1=" + hmac("not-the-secret", now, body),
            "t=" + (now - 301) + ",v1=" + hmac(SECRET, now - 301, body),
            "t=" + now + ",v1=" + hmac(SECRET, now - 1, body), // the timestamp is signed too
            "v1=" + hmac(SECRET, now, body),
            "");
    for (String header : refused) {
      webhook("chilexpress", header, body)
          .statusCode(401)
          .contentType("application/problem+json")
          .body("type", equalTo("https://vita.dev/problems/unauthorized"));
    }
    readAsAdmin(trackingId).body("status", equalTo("registered")).body("events", hasSize(1));
    assertEquals(0, deliveriesOf(order));
  }

  @Test
  void aSignedWebhookIsAppliedOnceHoweverOftenItComes() {
    Order order = Order.next();
    String trackingId = opened(order);
    byte[] inTransit = event("evt-" + UUID.randomUUID(), order, "in_transit");
    webhook("chilexpress", signed(inTransit), inTransit)
        .statusCode(200)
        .body("result", equalTo("applied"));
    webhook("chilexpress", signed(inTransit), inTransit)
        .statusCode(200)
        .body("result", equalTo("duplicate"));
    byte[] delivered = event("evt-" + UUID.randomUUID(), order, "delivered");
    webhook("chilexpress", signed(delivered), delivered)
        .statusCode(200)
        .body("result", equalTo("applied"));
    webhook("chilexpress", signed(delivered), delivered)
        .statusCode(200)
        .body("result", equalTo("duplicate"));
    readAsAdmin(trackingId)
        .body("status", equalTo("delivered"))
        .body("events.status", contains("registered", "in_transit", "delivered"))
        .body("events.source", contains("vita", "carrier", "carrier"))
        .body("events[2].location", equalTo("Providencia"));
    assertEquals(1, deliveriesOf(order), "ShipmentDelivered fired once");
  }

  @Test
  void theSameDeliveryArrivingEightTimesAtOnceIsAppliedOnce() throws Exception {
    Order order = Order.next();
    String trackingId = opened(order);
    byte[] delivered = event("evt-" + UUID.randomUUID(), order, "delivered");
    String header = signed(delivered);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return webhook("chilexpress", header, delivered)
                      .statusCode(200)
                      .extract()
                      .<String>path("result");
                }));
      }
      start.countDown();
      List<String> outcomes = new ArrayList<>();
      for (Future<String> result : results) {
        outcomes.add(result.get(60, TimeUnit.SECONDS));
      }
      assertEquals(1, outcomes.stream().filter("applied"::equals).count(), outcomes::toString);
      assertEquals(7, outcomes.stream().filter("duplicate"::equals).count(), outcomes::toString);
    } finally {
      pool.shutdownNow();
    }
    readAsAdmin(trackingId).body("events", hasSize(2)).body("status", equalTo("delivered"));
    assertEquals(1, deliveriesOf(order));
  }

  @Test
  void aSignedBodyThatIsNotAnEventIsABadRequestAndAnUnknownParcelIsIgnored() {
    byte[] garbage = "{\"eventId\":\"e1\"}".getBytes(StandardCharsets.UTF_8);
    webhook("chilexpress", signed(garbage), garbage)
        .statusCode(400)
        .contentType("application/problem+json");
    byte[] unknown = event("evt-" + UUID.randomUUID(), Order.next(), "in_transit");
    webhook("chilexpress", signed(unknown), unknown)
        .statusCode(200)
        .body("result", equalTo("ignored"));
  }

  @Test
  void aCarrierWithoutSecretIsRefusedAndAnUnknownOneIsNotFound() {
    Order order = Order.next();
    byte[] body = event("evt-" + UUID.randomUUID(), order, "delivered");
    webhook("seur", signed(body), body).statusCode(503).contentType("application/problem+json");
    webhook("fedex", signed(body), body).statusCode(404);
  }

  private static byte[] event(String eventId, Order order, String status) {
    return String.format(
            "{\"eventId\":\"%s\",\"trackingNumber\":\"%s\",\"status\":\"%s\","
                + "\"description\":\"Evento %s\",\"location\":\"Providencia\","
                + "\"occurredAt\":\"%s\"}",
            eventId, order.trackingNumber(), status, status, Instant.now())
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String signed(byte[] body) {
    long now = Instant.now().getEpochSecond();
    return "t=" + now + ",v1=" + hmac(SECRET, now, body);
  }

  /** Stripe's scheme written out here, apart from VITA's code: HMAC-SHA256 of "t.body". */
  private static String hmac(String secret, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ValidatableResponse webhook(String carrier, String signature, byte[] body) {
    RequestSpecification request = given(api()).contentType("application/json").body(body);
    if (!signature.isEmpty()) {
      request = request.header("Vita-Signature", signature);
    }
    return request.post("/api/v1/shipping/webhook/" + carrier).then();
  }

  private static ValidatableResponse sellerEvent(String token, String trackingId, String body) {
    return given(api())
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body(body)
        .post(tracking(trackingId) + "/events")
        .then();
  }

  private static ValidatableResponse readAsAdmin(String trackingId) {
    return given(api()).auth().oauth2(admin()).get(tracking(trackingId)).then().statusCode(200);
  }

  private static long deliveriesOf(Order order) {
    List<String> seen =
        given(probe())
            .queryParam("delivered", "1")
            .get("/probe/shipments")
            .then()
            .extract()
            .path("$");
    return seen.stream().filter(line -> line.startsWith(order.orderId().toString())).count();
  }

  private static String opened(Order order) {
    return open(order, "Chilexpress", "commit").statusCode(200).extract().path("trackingId");
  }

  private static ValidatableResponse open(Order order, String carrier, String outcome) {
    Response response =
        given(probe())
            .formParam("orderId", order.orderId().toString())
            .formParam("storeId", UUID.randomUUID().toString())
            .formParam("sellerId", order.sellerId().toString())
            .formParam("buyerId", order.buyerId().toString())
            .formParam("carrier", carrier)
            .formParam("trackingNumber", order.trackingNumber())
            .formParam("outcome", outcome)
            .post("/probe/shipments");
    return response.then();
  }

  private static String tracking(String trackingId) {
    return "/api/v1/shipping/tracking/" + trackingId;
  }

  private static String token(UUID account, String role) {
    return TestTokens.signed(
        TestTokens.trustedKey(), TestTokens.claims(account, List.of(role)).build());
  }

  private static String admin() {
    return TestTokens.forRoles("buyer", "admin");
  }

  private static RequestSpecification api() {
    return OwnServer.api(server);
  }

  private static RequestSpecification probe() {
    return OwnServer.api(server);
  }
}
