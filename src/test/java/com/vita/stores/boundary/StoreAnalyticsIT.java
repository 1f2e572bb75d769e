package com.vita.stores.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.vita.stores.boundary.TestSellers.Seller;
import com.vita.testing.TestDatabase;
import com.vita.testing.TestTokens;
import com.vita.testing.VitaTestServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A store's analytics. The sales tables are the orders component's to fill; until it exists this
 * test writes their rows itself to prove the report's sums, per currency and per product.
 */
class StoreAnalyticsIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  @Test
  void aNewStoreReportsZeroes() {
    Seller seller = TestSellers.register();
    String id = TestSellers.opened(seller.token(), TestSellers.SEED_STORE);
    analytics(seller.token(), id, null)
        .then()
        .statusCode(200)
        .body("storeId", equalTo(id))
        .body("from", equalTo(TODAY.minusDays(29).toString()))
        .body("to", equalTo(TODAY.toString()))
        .body("orders", equalTo(0))
        .body("revenue", hasSize(0))
        .body("topProducts", hasSize(0))
        .body("views", equalTo(0))
        .body("viewsTotal", equalTo(0));
  }

  @Test
  void theReportSumsSalesPerCurrencyRanksProductsAndCountsViewsInThePeriod() throws Exception {
    Seller seller = TestSellers.register();
    String id = TestSellers.opened(seller.token(), TestSellers.SEED_STORE);
    UUID store = UUID.fromString(id);
    UUID phone = UUID.randomUUID();
    UUID cable = UUID.randomUUID();
    try (Connection db = TestDatabase.connect()) {
      sale(db, store, TODAY, "CLP", 3, 29_970);
      sale(db, store, TODAY.minusDays(2), "CLP", 1, 10_000);
      sale(db, store, TODAY.minusDays(1), "USD", 1, 1_999);
      sale(db, store, TODAY.minusDays(40), "CLP", 9, 90_000); // outside 30 days
      product(db, store, TODAY, cable, "Cable USB", "CLP", 5, 9_950);
      product(db, store, TODAY.minusDays(1), phone, "Teléfono viejo", "CLP", 2, 30_020);
      product(db, store, TODAY, phone, "Teléfono", "CLP", 1, 0);
      product(db, store, TODAY.minusDays(40), cable, "Cable USB", "CLP", 100, 1);
      views(db, store, TODAY, 12);
      views(db, store, TODAY.minusDays(40), 8);
    }
    analytics(seller.token(), id, null)
        .then()
        .statusCode(200)
        .body("orders", equalTo(5))
        .body("revenue.currency", contains("CLP", "USD"))
        .body("revenue.amount", contains(39970, 19.99f))
        .body("topProducts.productId", contains(cable.toString(), phone.toString()))
        .body("topProducts.name", contains("Cable USB", "Teléfono"))
        .body("topProducts.units", contains(5, 3))
        .body("topProducts[1].revenue.amount", equalTo(30020))
        .body("views", equalTo(12))
        .body("viewsTotal", equalTo(20));
    analytics(seller.token(), id, 1)
        .then()
        .statusCode(200)
        .body("from", equalTo(TODAY.toString()))
        .body("orders", equalTo(3))
        .body("topProducts.units", contains(5, 1));
    analytics(TestTokens.forRoles("buyer", "admin"), id, 366).then().statusCode(200);
    analytics(seller.token(), id, 0).then().statusCode(400);
    analytics(seller.token(), id, 367).then().statusCode(400);
  }

  private static io.restassured.response.Response analytics(String token, String id, Integer days) {
    var request = given(VitaTestServer.api()).auth().oauth2(token);
    if (days != null) {
      request = request.queryParam("days", days);
    }
    return request.get("/api/v1/stores/" + id + "/analytics");
  }

  private static void sale(
      Connection db, UUID store, LocalDate day, String currency, long orders, long revenue)
      throws Exception {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into store_sale_daily (store_id, day, currency, orders, revenue_minor)"
                + " values (?, ?, ?, ?, ?)")) {
      insert.setObject(1, store);
      insert.setObject(2, day);
      insert.setString(3, currency);
      insert.setLong(4, orders);
      insert.setLong(5, revenue);
      insert.executeUpdate();
    }
  }

  private static void product(
      Connection db,
      UUID store,
      LocalDate day,
      UUID product,
      String name,
      String currency,
      long units,
      long revenue)
      throws Exception {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into store_product_sale_daily (store_id, day, product_id, product_name,"
                + " currency, units, revenue_minor) values (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setObject(1, store);
      insert.setObject(2, day);
      insert.setObject(3, product);
      insert.setString(4, name);
      insert.setString(5, currency);
      insert.setLong(6, units);
      insert.setLong(7, revenue);
      insert.executeUpdate();
    }
  }

  private static void views(Connection db, UUID store, LocalDate day, long views) throws Exception {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into store_view_daily (store_id, day, views) values (?, ?, ?)")) {
      insert.setObject(1, store);
      insert.setObject(2, day);
      insert.setLong(3, views);
      insert.executeUpdate();
    }
  }
}
