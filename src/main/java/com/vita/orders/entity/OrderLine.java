package com.vita.orders.entity;

import com.vita.platform.money.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** One product of an order, at the price it had when the order was placed. Never changed. */
@Entity
@Table(name = "order_line")
public class OrderLine {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id", nullable = false, updatable = false)
  private Order order;

  @Column(name = "position", nullable = false, updatable = false)
  private int position;

  @Column(name = "product_id", nullable = false, updatable = false)
  private UUID productId;

  @Column(name = "sku", nullable = false, updatable = false, length = 50)
  private String sku;

  @Column(name = "name", nullable = false, updatable = false, length = 100)
  private String name;

  @Column(name = "quantity", nullable = false, updatable = false)
  private int quantity;

  @Embedded
  @AttributeOverride(
      name = "amountMinor",
      column = @Column(name = "unit_price_minor", updatable = false))
  private Money unitPrice;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(
        name = "amountMinor",
        column = @Column(name = "line_total_minor", updatable = false)),
    @AttributeOverride(
        name = "currency",
        column =
            @Column(
                name = "currency",
                insertable = false,
                updatable = false,
                length = 3,
                columnDefinition = "bpchar(3)"))
  })
  private Money lineTotal;

  protected OrderLine() {}

  OrderLine(Order order, int position, LineDraft draft) {
    this.id = UUID.randomUUID();
    this.order = order;
    this.position = position;
    this.productId = draft.productId();
    this.sku = draft.sku();
    this.name = draft.name();
    this.quantity = draft.quantity();
    this.unitPrice = draft.unitPrice();
    this.lineTotal = draft.unitPrice().times(draft.quantity());
  }

  public UUID id() {
    return id;
  }

  public int position() {
    return position;
  }

  public UUID productId() {
    return productId;
  }

  public String sku() {
    return sku;
  }

  public String name() {
    return name;
  }

  public int quantity() {
    return quantity;
  }

  public Money unitPrice() {
    return unitPrice;
  }

  public Money lineTotal() {
    return lineTotal;
  }
}
