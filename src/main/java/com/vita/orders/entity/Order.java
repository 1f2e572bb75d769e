package com.vita.orders.entity;

import com.vita.platform.money.Money;
import com.vita.platform.persistence.TrackedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One store's part of a checkout: its lines at the prices of the moment, the shipping quoted for
 * them, the tax included in the total, and where the order stands. Every move is a method that
 * refuses what {@link OrderStatus} does not allow and records who made it; the amounts are fixed at
 * placement and never change.
 */
@Entity(name = "CustomerOrder")
@Table(name = "customer_order")
@NamedQuery(
    name = Order.OF_CHECKOUT,
    query = "select o from CustomerOrder o where o.checkoutId = :checkout order by o.storeId")
public class Order extends TrackedEntity {

  public static final String OF_CHECKOUT = "Order.ofCheckout";

  @Id private UUID id;

  @Column(name = "checkout_id", nullable = false, updatable = false)
  private UUID checkoutId;

  @Column(name = "store_id", nullable = false, updatable = false)
  private UUID storeId;

  @Column(name = "seller_id", nullable = false, updatable = false)
  private UUID sellerId;

  @Column(name = "buyer_id", nullable = false, updatable = false)
  private UUID buyerId;

  @Column(name = "status", nullable = false, length = 20)
  private OrderStatus status;

  @Embedded private OrderAmounts amounts;

  @Column(name = "tax_rate", nullable = false, updatable = false, precision = 5, scale = 4)
  private BigDecimal taxRate;

  @Column(name = "shipping_method_id", nullable = false, updatable = false)
  private long shippingMethodId;

  @Column(name = "shipping_carrier", nullable = false, updatable = false, length = 60)
  private String shippingCarrier;

  @Column(name = "shipping_service", nullable = false, updatable = false, length = 60)
  private String shippingService;

  @Embedded private ShippingAddress address;

  @Column(name = "carrier", length = 60)
  private String carrier;

  @Column(name = "tracking_number", length = 100)
  private String trackingNumber;

  @Column(name = "tracking_id", length = 100)
  private String trackingId;

  @Column(name = "placed_at", nullable = false, updatable = false)
  private Instant placedAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<OrderLine> lines = new ArrayList<>();

  @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
  @OrderBy("changedAt, id")
  private List<OrderStatusChange> history = new ArrayList<>();

  protected Order() {}

  /** Who the order is between: the store, its owner and the buyer. */
  public record Parties(UUID storeId, UUID sellerId, UUID buyerId) {}

  /**
   * A pending order of the store's lines, totalled here: the lines' sum and the shipping make the
   * total, which includes the tax at {@code taxRate}.
   *
   * @param expiresAt when it lets its stock go if still unpaid
   */
  public static Order place(
      UUID checkoutId,
      Parties parties,
      List<LineDraft> lines,
      ShippingChoice shipping,
      ShippingAddress address,
      BigDecimal taxRate,
      Instant now,
      Instant expiresAt) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("An order has at least one line");
    }
    Order order = new Order();
    order.id = UUID.randomUUID();
    order.checkoutId = Objects.requireNonNull(checkoutId, "checkoutId");
    order.storeId = parties.storeId();
    order.sellerId = parties.sellerId();
    order.buyerId = parties.buyerId();
    order.status = OrderStatus.PENDING;
    Money subtotal = Money.zero(shipping.price().currency());
    for (LineDraft line : lines) {
      OrderLine added = new OrderLine(order, order.lines.size(), line);
      order.lines.add(added);
      subtotal = subtotal.plus(added.lineTotal());
    }
    order.amounts = OrderAmounts.of(subtotal, shipping.price(), taxRate);
    order.taxRate = taxRate;
    order.shippingMethodId = shipping.methodId();
    order.shippingCarrier = shipping.carrier();
    order.shippingService = shipping.service();
    order.address = Objects.requireNonNull(address, "address");
    order.placedAt = now;
    order.expiresAt = expiresAt;
    order.created(now);
    order.history.add(
        new OrderStatusChange(order, null, OrderStatus.PENDING, parties.buyerId(), null, now));
    return order;
  }

  /**
   * Moves the order to {@code to}; shipping goes through {@link #ship}, which needs the tracking.
   *
   * @param actorId the account that moves it, null for the system
   * @throws IllegalOrderTransition when the current status does not lead there
   */
  public OrderStatusChange moveTo(OrderStatus to, UUID actorId, String note, Instant now) {
    if (to == OrderStatus.SHIPPED) {
      throw new IllegalArgumentException("Shipping needs a carrier and a tracking number");
    }
    return move(to, actorId, note, now);
  }

  /** Ships the order with the carrier's tracking number. */
  public OrderStatusChange ship(
      String carrier, String trackingNumber, UUID actorId, String note, Instant now) {
    if (!status.mayMoveTo(OrderStatus.SHIPPED)) {
      throw new IllegalOrderTransition(status, OrderStatus.SHIPPED);
    }
    this.carrier = Objects.requireNonNull(carrier, "carrier");
    this.trackingNumber = Objects.requireNonNull(trackingNumber, "trackingNumber");
    return move(OrderStatus.SHIPPED, actorId, note, now);
  }

  /** The id the shipping component gave the shipment opened for this order. */
  public void trackedAs(String trackingId) {
    this.trackingId = trackingId;
  }

  /** Whether it is still unpaid past its payment deadline. */
  public boolean isDue(Instant now) {
    return status == OrderStatus.PENDING && expiresAt != null && !expiresAt.isAfter(now);
  }

  private OrderStatusChange move(OrderStatus to, UUID actorId, String note, Instant now) {
    if (!status.mayMoveTo(to)) {
      throw new IllegalOrderTransition(status, to);
    }
    OrderStatusChange change = new OrderStatusChange(this, status, to, actorId, note, now);
    status = to;
    expiresAt = null; // only a pending order expires, and none comes back to pending
    history.add(change);
    touched(now);
    return change;
  }

  public UUID id() {
    return id;
  }

  public UUID checkoutId() {
    return checkoutId;
  }

  public UUID storeId() {
    return storeId;
  }

  public UUID sellerId() {
    return sellerId;
  }

  public UUID buyerId() {
    return buyerId;
  }

  public OrderStatus status() {
    return status;
  }

  public Money subtotal() {
    return amounts.subtotal();
  }

  public Money shipping() {
    return amounts.shipping();
  }

  public Money tax() {
    return amounts.tax();
  }

  public Money total() {
    return amounts.total();
  }

  public BigDecimal taxRate() {
    return taxRate;
  }

  public long shippingMethodId() {
    return shippingMethodId;
  }

  public String shippingCarrier() {
    return shippingCarrier;
  }

  public String shippingService() {
    return shippingService;
  }

  public ShippingAddress address() {
    return address;
  }

  public String carrier() {
    return carrier;
  }

  public String trackingNumber() {
    return trackingNumber;
  }

  public String trackingId() {
    return trackingId;
  }

  public Instant placedAt() {
    return placedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public List<OrderLine> lines() {
    return List.copyOf(lines);
  }

  public List<OrderStatusChange> history() {
    return List.copyOf(history);
  }
}
