package com.vita.shipping.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import com.vita.testing.VitaTestServer;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShippingMethodsIT {

  @Test
  void chileHasChilexpressAndCorreosDeChileInPesos() {
    given(VitaTestServer.api())
        .get("/api/v1/shipping/methods/CL")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("country", equalTo("CL"))
        .body("currency", equalTo("CLP"))
        .body("methods.carrier", hasItems("Chilexpress", "Correos de Chile"))
        .body("methods.deliveryDays.min", everyItem(notNullValue()))
        .body("methods.methodId", everyItem(notNullValue()));
  }

  @ParameterizedTest
  @CsvSource({
    "CO, COP, Servientrega, Coordinadora",
    "MX, MXN, DHL, Estafeta",
    "ES, EUR, Correos, SEUR",
    "AE, AED, Emirates Post, Aramex"
  })
  void everyCountryListsItsCarriers(String country, String currency, String first, String second) {
    given(VitaTestServer.api())
        .get("/api/v1/shipping/methods/" + country)
        .then()
        .statusCode(200)
        .body("currency", equalTo(currency))
        .body("methods.carrier", hasItems(first, second));
  }

  @Test
  void lowerCaseCodesAreAccepted() {
    given(VitaTestServer.api())
        .get("/api/v1/shipping/methods/es")
        .then()
        .statusCode(200)
        .body("country", equalTo("ES"));
  }

  @Test
  void anUnknownCountryIsNotFoundWithTheRequestId() {
    Response response = given(VitaTestServer.api()).get("/api/v1/shipping/methods/XX");
    response
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("https://vita.dev/problems/not-found"))
        .body("status", equalTo(404))
        .body("instance", equalTo("/api/v1/shipping/methods/XX"))
        .body("requestId", equalTo(response.header("X-Request-Id")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"C", "CHL", "12", "C1", "%C3%91A"})
  void aMalformedCountryIsABadRequest(String country) {
    given(VitaTestServer.api())
        .urlEncodingEnabled(false)
        .get("/api/v1/shipping/methods/" + country)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("https://vita.dev/problems/bad-request"));
  }
}
