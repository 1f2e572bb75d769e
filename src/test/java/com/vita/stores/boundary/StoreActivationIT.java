package com.vita.stores.boundary;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vita.kyb.boundary.TestBusinesses;
import com.vita.stores.boundary.TestSellers.Seller;
import com.vita.testing.TestAccounts;
import com.vita.testing.TestMetrics;
import com.vita.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Activation: a store takes orders only once its owner's business is verified (KYB approved) and
 * the owner's e-mail address is verified; a refusal is 409 problem+json naming what is missing.
 */
class StoreActivationIT {

  private static final String ACTIVATED_AE =
      "stores_activated_total{country=\"AE\",mp_scope=\"application\"}";

  @Test
  void withoutKybOrAVerifiedEmailActivationIs409NamingBoth() {
    Seller seller = TestSellers.register();
    String id = TestSellers.opened(seller.token(), TestSellers.SEED_STORE);
    TestSellers.activate(seller.token(), id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("https://vita.dev/problems/conflict"))
        .body("detail", containsString("KYB"))
        .body("detail", containsString("e-mail"));
    TestSellers.get(seller.token(), id).then().body("status", equalTo("inactive"));
  }

  @Test
  void aVerifiedEmailAloneIsNotEnough() throws Exception {
    Seller seller = TestSellers.register();
    TestAccounts.verify(seller.account());
    String id = TestSellers.opened(seller.token(), TestSellers.SEED_STORE);
    TestSellers.activate(seller.token(), id)
        .then()
        .statusCode(409)
        .body("detail", containsString("KYB"))
        .body("detail", not(containsString("e-mail")));
  }

  @Test
  void anApprovedBusinessGivesNewStoresItsCountryAndWithAVerifiedEmailActivates() throws Exception {
    Seller seller = TestSellers.register();
    TestBusinesses.approved(seller.account(), "AE");
    String id = TestSellers.opened(seller.token(), TestSellers.SEED_STORE);
    TestSellers.get(seller.token(), id)
        .then()
        .body("country", equalTo("AE"))
        .body("currency", equalTo("AED"))
        .body("shippingMethods", equalTo("/api/v1/shipping/methods/AE"));
    // KYB approved, e-mail not yet verified
    TestSellers.activate(seller.token(), id)
        .then()
        .statusCode(409)
        .body("detail", containsString("e-mail"))
        .body("detail", not(containsString("KYB")));

    TestAccounts.verify(seller.account());
    double before = TestMetrics.value(ACTIVATED_AE);
    TestSellers.activate(seller.token(), id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("status", equalTo("active"))
        .body("active", equalTo(true))
        .body("activatedAt", notNullValue());
    // again: already active, nothing changes
    TestSellers.activate(seller.token(), id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("status", equalTo("active"));
    assertEquals(before + 1, TestMetrics.value(ACTIVATED_AE), 0.0001);

    // an admin may activate a qualified owner's store too
    String second = TestSellers.opened(seller.token(), TestSellers.SEED_STORE);
    TestSellers.activate(TestTokens.forRoles("buyer", "admin"), second)
        .then()
        .statusCode(200)
        .body("slug", equalTo("test-store-2"))
        .body("active", equalTo(true));
  }
}
