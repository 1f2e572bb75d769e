package com.vita.orders.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The state machine over every pair of statuses, and the amounts fixed at placement. */
class OrderTest {

  private static final Currency CLP = Currency.getInstance("CLP");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

  /** The legal moves, written out by hand from the brief (not derived from the code). */
  private static final Map<OrderStatus, Set<OrderStatus>> LEGAL =
      Map.of(
          OrderStatus.PENDING, Set.of(OrderStatus.CONFIRMED, OrderStatus.CANCELLED),
          OrderStatus.CONFIRMED,
              Set.of(OrderStatus.PROCESSING, OrderStatus.CANCELLED, OrderStatus.REFUNDED),
          OrderStatus.PROCESSING,
              Set.of(OrderStatus.SHIPPED, OrderStatus.CANCELLED, OrderStatus.REFUNDED),
          OrderStatus.SHIPPED, Set.of(OrderStatus.DELIVERED, OrderStatus.REFUNDED),
          OrderStatus.DELIVERED, Set.of(OrderStatus.REFUNDED),
          OrderStatus.CANCELLED, Set.of(),
          OrderStatus.REFUNDED, Set.of());

  /** The path that reaches each status from placement. */
  private static final Map<OrderStatus, List<OrderStatus>> PATH =
      Map.of(
          OrderStatus.PENDING, List.of(),
          OrderStatus.CONFIRMED, List.of(OrderStatus.CONFIRMED),
          OrderStatus.PROCESSING, List.of(OrderStatus.CONFIRMED, OrderStatus.PROCESSING),
          OrderStatus.SHIPPED,
              List.of(OrderStatus.CONFIRMED, OrderStatus.PROCESSING, OrderStatus.SHIPPED),
          OrderStatus.DELIVERED,
              List.of(
                  OrderStatus.CONFIRMED,
                  OrderStatus.PROCESSING,
                  OrderStatus.SHIPPED,
                  OrderStatus.DELIVERED),
          OrderStatus.CANCELLED, List.of(OrderStatus.CANCELLED),
          OrderStatus.REFUNDED, List.of(OrderStatus.CONFIRMED, OrderStatus.REFUNDED));

  static Stream<Arguments> everyPair() {
    List<Arguments> pairs = new ArrayList<>();
    for (OrderStatus from : OrderStatus.values()) {
      for (OrderStatus to : OrderStatus.values()) {
        pairs.add(Arguments.of(from, to));
      }
    }
    return pairs.stream();
  }

  static Order placed(Currency currency, long unitMinor, int quantity, long shippingMinor) {
    return Order.place(
        UUID.randomUUID(),
        new Order.Parties(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()),
        List.of(
            new LineDraft(
                UUID.randomUUID(), "SKU1", "Zapato", quantity, Money.ofMinor(unitMinor, currency))),
        new ShippingChoice(1, "Chilexpress", "Express", Money.ofMinor(shippingMinor, currency)),
        new ShippingAddress("Ana", "Calle 1", null, "Santiago", "RM", null, "CL", null),
        new BigDecimal("0.19"),
        NOW,
        NOW.plusSeconds(1800));
  }

  private static void go(Order order, OrderStatus to) {
    if (to == OrderStatus.SHIPPED) {
      order.ship("Chilexpress", "CX123", null, null, NOW);
    } else {
      order.moveTo(to, null, null, NOW);
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPair")
  void onlyTheLegalMovesAreAllowed(OrderStatus from, OrderStatus to) {
    Order order = placed(CLP, 10_495, 2, 4_990);
    PATH.get(from).forEach(step -> go(order, step));
    assertEquals(from, order.status());
    if (LEGAL.get(from).contains(to)) {
      go(order, to);
      assertEquals(to, order.status());
      OrderStatusChange last = order.history().get(order.history().size() - 1);
      assertEquals(from, last.from());
      assertEquals(to, last.to());
    } else {
      int before = order.history().size();
      IllegalOrderTransition refused =
          assertThrows(IllegalOrderTransition.class, () -> go(order, to));
      assertEquals(from, refused.current());
      assertTrue(refused.getMessage().contains(from.value()), refused.getMessage());
      assertEquals(from, order.status());
      assertEquals(before, order.history().size());
    }
  }

  @Test
  void theTableCoversEveryStatus() {
    assertEquals(EnumSet.allOf(OrderStatus.class), LEGAL.keySet());
    LEGAL.forEach((from, to) -> assertEquals(to, from.next(), from.value()));
  }

  @Test
  void placementTotalsAndIncludesTheTaxInClp() {
    // 2 x 10495 + 4990 = 25980; 25980 x 0.19 / 1.19 = 4147.9 -> 4148
    Order order = placed(CLP, 10_495, 2, 4_990);
    assertEquals(Money.ofMinor(20_990, CLP), order.subtotal());
    assertEquals(Money.ofMinor(25_980, CLP), order.total());
    assertEquals(Money.ofMinor(4_148, CLP), order.tax());
    assertEquals(1, order.history().size());
    assertNull(order.history().get(0).from());
  }

  @Test
  void taxIsRoundedHalfUpToTheCent() {
    // 3 x 19.99 + 5.95 = 65.92 EUR; 6592 x 0.21 / 1.21 = 1144.07 -> 11.44
    assertEquals(
        Money.ofMinor(1_144, EUR),
        IncludedTax.of(Money.ofMinor(6_592, EUR), new BigDecimal("0.21")));
    // 121 cents at 21 %: exactly 21
    assertEquals(
        Money.ofMinor(21, EUR), IncludedTax.of(Money.ofMinor(121, EUR), new BigDecimal("0.21")));
    // 1 peso x 0.19 / 1.19 = 0.16 -> 0; 3 pesos -> 0.479 -> 0; 4 pesos -> 0.639 -> 1
    assertEquals(0, IncludedTax.of(Money.ofMinor(3, CLP), new BigDecimal("0.19")).minorUnits());
    assertEquals(1, IncludedTax.of(Money.ofMinor(4, CLP), new BigDecimal("0.19")).minorUnits());
  }

  @Test
  void onlyAPendingOrderExpiresAndLeavingPendingClearsTheDeadline() {
    Order order = placed(CLP, 1_000, 1, 0);
    assertTrue(order.isDue(NOW.plusSeconds(1800)));
    assertTrue(!order.isDue(NOW.plusSeconds(1799)));
    order.moveTo(OrderStatus.CONFIRMED, null, "paid", NOW);
    assertNull(order.expiresAt());
    assertTrue(!order.isDue(NOW.plusSeconds(3600)));
  }

  @Test
  void shippingNeedsTheTrackingThroughShip() {
    Order order = placed(CLP, 1_000, 1, 0);
    order.moveTo(OrderStatus.CONFIRMED, null, null, NOW);
    order.moveTo(OrderStatus.PROCESSING, null, null, NOW);
    assertThrows(
        IllegalArgumentException.class, () -> order.moveTo(OrderStatus.SHIPPED, null, null, NOW));
    order.ship("Chilexpress", "CX1", null, null, NOW);
    assertEquals("CX1", order.trackingNumber());
  }
}
