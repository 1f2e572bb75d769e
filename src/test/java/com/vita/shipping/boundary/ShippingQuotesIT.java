package com.vita.shipping.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import com.vita.testing.VitaTestServer;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * Quotes against the seeded rate tables (V41), every figure computed by hand: billable weight is
 * max(actual, L×W×H / the carrier's divisor) per unit, the region gives the zone, the zone's first
 * bracket holding the weight gives the price, and above the last bracket (20 kg) every started
 * kilogram costs the zone's extra-kg rate.
 */
class ShippingQuotesIT {

  private static final String QUOTE = "quotes.find { it.carrier == '%s' && it.service == '%s' }.";

  @Test
  void chileSantiagoIsZoneOneAndTheCheapestComesFirst() {
    // 2.5 kg, 30x20x10 = 6000 cm³: Correos de Chile /6000 = 1.0, Chilexpress /4000 = 1.5; the
    // actual 2.5 kg wins, the 3 kg bracket of zone 1 applies.
    calculate("CL", "Región Metropolitana", item("2.5", 30, 20, 10, 1))
        .statusCode(200)
        .body("country", equalTo("CL"))
        .body("zone", equalTo(1))
        .body("region.code", equalTo("RM"))
        .body("quotes.service", contains("PyME Estándar", "Express", "Día Hábil Siguiente"))
        .body("quotes.price.amountMinor", contains(4590, 5290, 6490))
        .body("quotes.price.currency", contains("CLP", "CLP", "CLP"))
        .body(quote("Correos de Chile", "PyME Estándar") + "chargeableWeightKg", equalTo(2.5f))
        .body(quote("Correos de Chile", "PyME Estándar") + "price.amount", equalTo(4590))
        .body(quote("Correos de Chile", "PyME Estándar") + "deliveryDays.min", equalTo(2))
        .body(quote("Correos de Chile", "PyME Estándar") + "deliveryDays.max", equalTo(5));
  }

  @Test
  void chileMagallanesIsAnExtremeZoneAndVolumeWinsByEachCarriersDivisor() {
    // 1 kg in 40x30x30 = 36000 cm³: Chilexpress /4000 = 9 kg, Correos de Chile /6000 = 6 kg; zone
    // 3, 10 kg bracket: Express 16540, Día Hábil Siguiente 19780, PyME 14380.
    calculate("CL", "magallanes", item("1", 40, 30, 30, 1))
        .statusCode(200)
        .body("zone", equalTo(3))
        .body("region.name", equalTo("Magallanes y de la Antártica Chilena"))
        .body(quote("Chilexpress", "Express") + "chargeableWeightKg", equalTo(9.0f))
        .body(quote("Chilexpress", "Express") + "price.amountMinor", equalTo(16540))
        .body(quote("Chilexpress", "Día Hábil Siguiente") + "price.amountMinor", equalTo(19780))
        .body(quote("Correos de Chile", "PyME Estándar") + "chargeableWeightKg", equalTo(6.0f))
        .body(quote("Correos de Chile", "PyME Estándar") + "price.amountMinor", equalTo(14380))
        .body(quote("Chilexpress", "Express") + "deliveryDays.min", equalTo(4))
        .body(quote("Chilexpress", "Express") + "deliveryDays.max", equalTo(6));
  }

  @Test
  void theFirstVersionsSingleParcelShapeIsQuotedAsOneItemAndMixingShapesIsRefused() {
    // The same parcel as the Magallanes case, sent as {country, region, weightKg, dimensionsCm}.
    given(VitaTestServer.api())
        .contentType("application/json")
        .body(
            "{\"country\":\"CL\",\"region\":\"magallanes\",\"weightKg\":1,"
                + "\"dimensionsCm\":{\"length\":40,\"width\":30,\"height\":30}}")
        .post("/api/v1/shipping/calculate")
        .then()
        .statusCode(200)
        .body(quote("Chilexpress", "Express") + "chargeableWeightKg", equalTo(9.0f))
        .body(quote("Chilexpress", "Express") + "price.amountMinor", equalTo(16540));
    given(VitaTestServer.api())
        .contentType("application/json")
        .body("{\"country\":\"CL\",\"weightKg\":1,\"items\":[" + item("1", 40, 30, 30, 1) + "]}")
        .post("/api/v1/shipping/calculate")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given(VitaTestServer.api())
        .contentType("application/json")
        .body("{\"country\":\"CL\"}")
        .post("/api/v1/shipping/calculate")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void colombiaAboveTheLastBracketChargesEveryStartedKilogram() {
    // 24.3 kg (volume 27000 cm³ is 6.75 or 5.4 kg), Antioquia is zone 2: 4.3 kg over the 20 kg
    // bracket = 5 started kg. Servientrega 58500.00 + 5 x 2900.00 = 73000.00 COP; Coordinadora
    // 52000.00 + 5 x 2600.00 = 65000.00 COP.
    calculate("CO", "Antioquia", item("24.3", 30, 30, 30, 1))
        .statusCode(200)
        .body("zone", equalTo(2))
        .body("quotes.carrier", contains("Coordinadora", "Servientrega"))
        .body("quotes.price.amountMinor", contains(6_500_000, 7_300_000))
        .body("quotes.price.currency", contains("COP", "COP"))
        .body(quote("Servientrega", "Mercancía Premier") + "chargeableWeightKg", equalTo(24.3f));
  }

  @Test
  void mexicoCityBulkyParcelIsChargedByVolume() {
    // 2 kg in 50x40x30 = 60000 cm³ / 5000 = 12 kg, CDMX zone 1, the 20 kg bracket.
    calculate("MX", "CDMX", item("2", 50, 40, 30, 1))
        .statusCode(200)
        .body("zone", equalTo(1))
        .body("region.code", equalTo("CMX"))
        .body(quote("DHL", "Express Domestic") + "chargeableWeightKg", equalTo(12.0f))
        .body(quote("DHL", "Express Domestic") + "price.amountMinor", equalTo(69900))
        .body(quote("DHL", "Express Domestic") + "price.amount", equalTo(699.00f))
        .body(quote("Estafeta", "Día Siguiente") + "price.amountMinor", equalTo(59900))
        .body(quote("Estafeta", "Terrestre") + "price.amountMinor", equalTo(41900))
        .body("quotes.price.currency", hasItems("MXN"));
  }

  @Test
  void mexicoRegionsMatchWithoutAccentsAndTheSoutheastIsZoneThree() {
    calculate("MX", "yucatan", item("2", 50, 40, 30, 1))
        .statusCode(200)
        .body("zone", equalTo(3))
        .body("region.name", equalTo("Yucatán"))
        .body(quote("DHL", "Express Domestic") + "price.amountMinor", equalTo(118800))
        .body(quote("Estafeta", "Terrestre") + "price.amountMinor", equalTo(71200));
  }

  @Test
  void spainPeninsulaBalearesAndCanariasAreThreeZones() {
    // 1 kg in 60x40x40 = 96000 cm³: SEUR /5000 = 19.2 kg, Correos /6000 = 16 kg: the 20 kg bracket.
    String bulky = item("1", 60, 40, 40, 1);
    calculate("ES", "Madrid", bulky)
        .statusCode(200)
        .body("zone", equalTo(1))
        .body(quote("SEUR", "SEUR 24") + "chargeableWeightKg", equalTo(19.2f))
        .body(quote("SEUR", "SEUR 24") + "price.amountMinor", equalTo(2090))
        .body(quote("Correos", "Paq Estándar") + "chargeableWeightKg", equalTo(16.0f))
        .body(quote("Correos", "Paq Estándar") + "price.amountMinor", equalTo(1695));
    calculate("ES", "ES-IB", bulky)
        .statusCode(200)
        .body("zone", equalTo(2))
        .body("region.name", equalTo("Illes Balears"))
        .body(quote("SEUR", "SEUR 24") + "price.amount", equalTo(33.45f))
        .body(quote("SEUR", "SEUR 24") + "price.currency", equalTo("EUR"));
    calculate("ES", "Santa Cruz de Tenerife", bulky)
        .statusCode(200)
        .body("zone", equalTo(3))
        .body("region.code", equalTo("CN"))
        .body(quote("SEUR", "SEUR 24") + "price.amountMinor", equalTo(4600))
        .body(quote("Correos", "Paq Estándar") + "price.amountMinor", equalTo(3730))
        .body(quote("SEUR", "SEUR 24") + "deliveryDays.max", equalTo(4));
  }

  @Test
  void emiratesUnknownRegionIsPricedInTheHighestZone() {
    // Two units of 1.2 kg (10 cm cubes: 0.2 kg volumetric) = 2.4 kg, the 3 kg bracket.
    String twoUnits = item("1.2", 10, 10, 10, 2);
    calculate("AE", "Dubai", twoUnits)
        .statusCode(200)
        .body("zone", equalTo(1))
        .body("quotes.carrier", contains("Emirates Post", "Aramex"))
        .body("quotes.price.amountMinor", contains(2800, 3400))
        .body("quotes.chargeableWeightKg", contains(2.4f, 2.4f));
    calculate("AE", "Atlantis", twoUnits)
        .statusCode(200)
        .body("zone", equalTo(2))
        .body("region", nullValue())
        .body("quotes.price.amountMinor", contains(3500, 4200))
        .body("quotes.price.currency", contains("AED", "AED"));
  }

  @Test
  void itemsAddUpUnitByUnit() {
    // Chilexpress /4000: a 0.5 kg unit of 20x20x20 (8000 cm³) bills 2 kg; three of them 6 kg,
    // with one 1 kg dense unit 7 kg: zone 1 Express 10 kg bracket 9190.
    calculate("CL", "RM", item("0.5", 20, 20, 20, 3) + "," + item("1", 10, 10, 10, 1))
        .statusCode(200)
        .body(quote("Chilexpress", "Express") + "chargeableWeightKg", equalTo(7.0f))
        .body(quote("Chilexpress", "Express") + "price.amountMinor", equalTo(9190));
  }

  @Test
  void invalidItemsAreRefusedFieldByField() {
    given(VitaTestServer.api())
        .contentType("application/json")
        .body(
            """
            {"country":"CL","items":[{"weightKg":-1,"dimensionsCm":{"length":0,"width":10},\
            "quantity":0}]}""")
        .post("/api/v1/shipping/calculate")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("https://vita.dev/problems/validation-failed"))
        .body(
            "errors.field",
            contains(
                "items.dimensionsCm.height",
                "items.dimensionsCm.length",
                "items.quantity",
                "items.weightKg"));
  }

  @Test
  void aShipmentWithoutItemsIsRefused() {
    given(VitaTestServer.api())
        .contentType("application/json")
        .body("{\"country\":\"CL\",\"region\":\"RM\",\"items\":[]}")
        .post("/api/v1/shipping/calculate")
        .then()
        .statusCode(400)
        .body("errors.field", contains("items"));
  }

  @Test
  void quotesForACountryWithoutCarriersAreNotFound() {
    calculate("US", "CA", item("1", 10, 10, 10, 1))
        .statusCode(404)
        .contentType("application/problem+json");
  }

  static String item(String kg, int length, int width, int height, int quantity) {
    return String.format(
        "{\"weightKg\":%s,\"dimensionsCm\":{\"length\":%d,\"width\":%d,\"height\":%d},"
            + "\"quantity\":%d}",
        kg, length, width, height, quantity);
  }

  static ValidatableResponse calculate(String country, String region, String items) {
    return given(VitaTestServer.api())
        .contentType("application/json")
        .body(
            String.format(
                "{\"country\":\"%s\",\"region\":\"%s\",\"items\":[%s]}", country, region, items))
        .post("/api/v1/shipping/calculate")
        .then();
  }

  private static String quote(String carrier, String service) {
    return String.format(QUOTE, carrier, service);
  }
}
