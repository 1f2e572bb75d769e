package com.vita.orders.boundary;

import static io.restassured.RestAssured.given;

import com.vita.kyb.boundary.TestBusinesses;
import com.vita.testing.TestAccounts;
import com.vita.testing.TestDatabase;
import com.vita.testing.VitaTestServer;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sellers with active stores, products and carts made through the API, for the orders tests. */
public final class TestShop {

  /** A seller whose business is approved and e-mail verified: their stores can be activated. */
  public record Seller(TestAccounts.Registered account, String token) {
    public String id() {
      return account.userId();
    }
  }

  private TestShop() {}

  public static RequestSpecification as(String token) {
    RequestSpecification api = given(VitaTestServer.api());
    return token == null ? api : api.auth().oauth2(token);
  }

  public static Seller seller() {
    try {
      TestAccounts.Registered account = TestAccounts.register();
      as(account.token()).post("/api/v1/auth/seller").then().statusCode(200);
      TestBusinesses.approved(account, "CL");
      TestAccounts.verify(account);
      return new Seller(account, TestAccounts.loggedInToken(VitaTestServer.api(), account));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A registered buyer's token. */
  public static String buyer() {
    return TestAccounts.register().token();
  }

  /** An activated store of the seller's in the country. */
  public static String activeStore(Seller seller, String country) {
    String id =
        as(seller.token())
            .contentType("application/json")
            .body(
                Map.of(
                    "name",
                    "Tienda " + System.nanoTime(),
                    "description",
                    "A test store",
                    "category",
                    "electronics",
                    "country",
                    country))
            .post("/api/v1/stores")
            .then()
            .statusCode(201)
            .extract()
            .path("storeId");
    as(seller.token()).post("/api/v1/stores/" + id + "/activate").then().statusCode(200);
    return id;
  }

  /** A product on sale, 200 g a unit (so small parcels stay in the first kilogram). */
  public static String product(
      Seller seller, String storeId, String name, String price, int stock) {
    Map<String, Object> body = new HashMap<>();
    body.put("storeId", storeId);
    body.put("name", name);
    body.put("price", new java.math.BigDecimal(price));
    body.put("stock", stock);
    body.put("weightGrams", 200);
    return as(seller.token())
        .contentType("application/json")
        .body(body)
        .post("/api/v1/products")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public static long method(String country, String carrier, String service) {
    try {
      return ((Number)
              TestDatabase.rows(
                      "select id from shipping_method where country_code = ? and carrier = ?"
                          + " and service = ?",
                      country,
                      carrier,
                      service)
                  .get(0)
                  .get("id"))
          .longValue();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static long chilexpress() {
    return method("CL", "Chilexpress", "Express");
  }

  public static int stock(String productId) {
    try {
      return ((Number)
              TestDatabase.rows(
                      "select stock from product where id = ?", UUID.fromString(productId))
                  .get(0)
                  .get("stock"))
          .intValue();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Map<String, Object> address(String country) {
    Map<String, Object> address = new HashMap<>();
    address.put("name", "Ana Rojas");
    address.put("line1", "Avenida Siempre Viva 742");
    // a region of each country's first (cheapest) shipping zone
    address.put("city", "ES".equals(country) ? "Madrid" : "Santiago");
    address.put("region", "ES".equals(country) ? "Madrid" : "RM");
    address.put("country", country);
    return address;
  }

  public static Map<String, Object> item(String productId, int quantity) {
    return Map.of("productId", productId, "quantity", quantity);
  }

  public static Map<String, Object> pick(String storeId, long methodId) {
    return Map.of("storeId", storeId, "methodId", methodId);
  }

  public static Map<String, Object> cart(
      List<Map<String, Object>> items, String country, List<Map<String, Object>> shipping) {
    return Map.of("items", items, "shippingAddress", address(country), "shipping", shipping);
  }

  public static Response checkout(String token, String key, Map<String, ?> cart) {
    RequestSpecification request = as(token).contentType("application/json").body(cart);
    if (key != null) {
      request = request.header("Idempotency-Key", key);
    }
    return request.post("/api/v1/orders");
  }

  public static Response checkout(String token, Map<String, ?> cart) {
    return checkout(token, UUID.randomUUID().toString(), cart);
  }

  public static Response status(String token, String orderId, Map<String, ?> body) {
    return as(token)
        .contentType("application/json")
        .body(body)
        .put("/api/v1/orders/" + orderId + "/status");
  }

  public static Response status(String token, String orderId, String status) {
    return status(token, orderId, Map.of("status", status));
  }

  /** The seller moves a confirmed order to processing, then ships it by Chilexpress. */
  public static void ship(String token, String orderId, String trackingNumber) {
    status(token, orderId, "processing").then().statusCode(200);
    status(
            token,
            orderId,
            Map.of("status", "shipped", "carrier", "Chilexpress", "trackingNumber", trackingNumber))
        .then()
        .statusCode(200);
  }
}
