package com.vita.shipping.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.vita.testing.VitaTestServer;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
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
        .body("methods.deliveryDays.min", everyItem(notNullValue()));
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

  @Test
  void quotesChargeTheBaseRateAndEachFurtherStartedKilogram() {
    // Correos de Chile PyME: CLP 3490 for the first kg + 900 per further started kg: 2.5 kg = 5290.
    calculate(
            """
            {"country":"CL","weightKg":2.5,"dimensionsCm":{"length":30,"width":20,"height":10}}""")
        .statusCode(200)
        .body("quotes.find { it.carrier == 'Correos de Chile' }.price.amount", equalTo(5290))
        .body("quotes.find { it.carrier == 'Correos de Chile' }.price.currency", equalTo("CLP"))
        .body("quotes[0].carrier", equalTo("Correos de Chile")); // cheapest first
  }

  @Test
  void bulkyParcelsAreChargedByVolumetricWeight() {
    // 60x40x40 cm = 19.2 kg volumetric (divisor 5000) outweighs 1 kg: SEUR 24 = 7.50 + 19 x 1.10.
    calculate(
            """
            {"country":"ES","weightKg":1,"dimensionsCm":{"length":60,"width":40,"height":40}}""")
        .statusCode(200)
        .body("quotes.find { it.carrier == 'SEUR' }.chargeableWeightKg", equalTo(19.2f))
        .body("quotes.find { it.carrier == 'SEUR' }.price.amount", equalTo(28.4f));
  }

  @Test
  void invalidParcelsAreRefusedFieldByField() {
    calculate(
            """
            {"country":"CL","weightKg":-1,"dimensionsCm":{"length":0,"width":10}}""")
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("https://vita.dev/problems/validation-failed"))
        .body("errors.field", contains("dimensionsCm.height", "dimensionsCm.length", "weightKg"))
        .body("errors.message", not(hasItems((String) null)));
  }

  @Test
  void quotesForACountryWithoutCarriersAreNotFound() {
    calculate(
            """
            {"country":"US","weightKg":1,"dimensionsCm":{"length":10,"width":10,"height":10}}""")
        .statusCode(404)
        .contentType("application/problem+json");
  }

  private static ValidatableResponse calculate(String body) {
    return given(VitaTestServer.api())
        .contentType("application/json")
        .body(body)
        .post("/api/v1/shipping/calculate")
        .then();
  }
}
