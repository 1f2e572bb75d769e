package com.vita.orders.boundary;

import com.vita.orders.entity.Order;
import com.vita.orders.entity.OrderLine;
import com.vita.orders.entity.OrderStatusChange;
import com.vita.orders.entity.ShippingAddress;
import com.vita.platform.money.Money;
import com.vita.shipping.control.TrackingEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The JSON of orders. Money is minor units, the decimal amount (as text) and the currency. */
final class OrderViews {

  private OrderViews() {}

  /** {@code minor} is exact; {@code amount} is the same at the currency's scale, as text. */
  public record MoneyView(long minor, String amount, String currency) {
    static MoneyView of(Money money) {
      return new MoneyView(
          money.minorUnits(), money.amount().toPlainString(), money.currency().getCurrencyCode());
    }
  }

  public record LineView(
      String productId,
      String sku,
      String name,
      int quantity,
      MoneyView unitPrice,
      MoneyView lineTotal) {
    static LineView of(OrderLine line) {
      return new LineView(
          line.productId().toString(),
          line.sku(),
          line.name(),
          line.quantity(),
          MoneyView.of(line.unitPrice()),
          MoneyView.of(line.lineTotal()));
    }
  }

  public record ShippingView(
      long methodId,
      String carrier,
      String service,
      MoneyView price,
      String trackingCarrier,
      String trackingNumber,
      String trackingId) {}

  public record AddressView(
      String name,
      String line1,
      String line2,
      String city,
      String region,
      String postalCode,
      String country,
      String phone) {
    static AddressView of(ShippingAddress a) {
      return new AddressView(
          a.name(),
          a.line1(),
          a.line2(),
          a.city(),
          a.region(),
          a.postalCode(),
          a.country(),
          a.phone());
    }
  }

  public record HistoryView(String from, String to, String actorId, Instant at, String note) {
    static HistoryView of(OrderStatusChange c) {
      return new HistoryView(
          c.from() == null ? null : c.from().value(),
          c.to().value(),
          c.actorId() == null ? null : c.actorId().toString(),
          c.changedAt(),
          c.note());
    }
  }

  /** An order in full: lines, amounts, shipping, address and history. */
  public record OrderView(
      String id,
      String checkoutId,
      String storeId,
      String sellerId,
      String buyerId,
      String status,
      String currency,
      List<LineView> lines,
      MoneyView subtotal,
      MoneyView shipping,
      MoneyView tax,
      BigDecimal taxRate,
      MoneyView total,
      ShippingView shippingMethod,
      AddressView shippingAddress,
      Instant placedAt,
      Instant expiresAt,
      List<HistoryView> history) {

    static OrderView of(Order o) {
      return new OrderView(
          o.id().toString(),
          o.checkoutId().toString(),
          o.storeId().toString(),
          o.sellerId().toString(),
          o.buyerId().toString(),
          o.status().value(),
          o.total().currency().getCurrencyCode(),
          o.lines().stream().map(LineView::of).toList(),
          MoneyView.of(o.subtotal()),
          MoneyView.of(o.shipping()),
          MoneyView.of(o.tax()),
          o.taxRate(),
          MoneyView.of(o.total()),
          new ShippingView(
              o.shippingMethodId(),
              o.shippingCarrier(),
              o.shippingService(),
              MoneyView.of(o.shipping()),
              o.carrier(),
              o.trackingNumber(),
              o.trackingId()),
          AddressView.of(o.address()),
          o.placedAt(),
          o.expiresAt(),
          o.history().stream().map(HistoryView::of).toList());
    }
  }

  /** An order in a list: no lines or history (those are one GET away). */
  public record OrderSummary(
      String id,
      String checkoutId,
      String storeId,
      String buyerId,
      String status,
      MoneyView total,
      Instant placedAt) {
    static OrderSummary of(Order o) {
      return new OrderSummary(
          o.id().toString(),
          o.checkoutId().toString(),
          o.storeId().toString(),
          o.buyerId().toString(),
          o.status().value(),
          MoneyView.of(o.total()),
          o.placedAt());
    }
  }

  public record OrderPage(List<OrderSummary> items, String nextCursor) {}

  /** {@code POST /orders}' answer: the checkout and its orders, one per store. */
  public record CheckoutView(String checkoutId, List<OrderView> orders) {}

  public record TrackingView(
      String orderId,
      String status,
      String carrier,
      String trackingNumber,
      String trackingId,
      List<TrackingEvent> events) {}
}
