package com.vita.stores.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderSaleTest {

  private static final UUID ORDER = UUID.randomUUID();
  private static final UUID STORE = UUID.randomUUID();
  private static final UUID PRODUCT = UUID.randomUUID();

  @Test
  void theSaleIsReadFromTheOrdersPayloadOnTheUtcDayItWasPlaced() {
    OrderSale sale = OrderSale.from(payload("\"CLP\"", "25980", "\"2026-11-30T23:30:00-03:00\""));

    assertEquals(ORDER, sale.orderId());
    assertEquals(STORE, sale.storeId());
    assertEquals(
        LocalDate.parse("2026-12-01"), sale.day(), "23:30 in Santiago is the next UTC day");
    assertEquals("CLP", sale.currency());
    assertEquals(25_980, sale.totalMinor());
    assertNull(sale.previousStatus());
    assertEquals(new OrderSale.Line(PRODUCT, "Zapato", 2, 20_990), sale.lines().get(0));
  }

  @Test
  void aPayloadMissingWhatTheAnalyticsCountIsRefused() {
    String day = "\"2026-12-01T15:00:00Z\"";
    assertThrows(IllegalArgumentException.class, () -> OrderSale.from(payload("null", "1", day)));
    assertThrows(
        IllegalArgumentException.class, () -> OrderSale.from(payload("\"clp\"", "1", day)));
    assertThrows(
        IllegalArgumentException.class, () -> OrderSale.from(payload("\"CLP\"", "-1", day)));
    assertThrows(
        IllegalArgumentException.class, () -> OrderSale.from(payload("\"CLP\"", "1.5", day)));
    assertThrows(
        IllegalArgumentException.class, () -> OrderSale.from(payload("\"CLP\"", "\"1\"", day)));
  }

  private static JsonObject payload(String currency, String total, String placedAt) {
    String json =
        "{\"orderId\":\""
            + ORDER
            + "\",\"storeId\":\""
            + STORE
            + "\",\"previousStatus\":null,"
            + "\"currency\":"
            + currency
            + ",\"totalMinor\":"
            + total
            + ",\"placedAt\":"
            + placedAt
            + ",\"lines\":[{\"productId\":\""
            + PRODUCT
            + "\",\"name\":\"Zapato\",\"quantity\":2,"
            + "\"unitPriceMinor\":10495,\"lineTotalMinor\":20990}]}";
    return Json.createReader(new StringReader(json)).readObject();
  }
}
