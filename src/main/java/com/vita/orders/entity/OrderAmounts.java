package com.vita.orders.entity;

import com.vita.platform.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * An order's money, all in the store's currency, fixed when it is placed: the lines' subtotal, the
 * shipping, their sum the total, and the tax the total includes. One currency column for the four
 * amounts, so they can never be in different currencies; the schema checks the arithmetic too
 * ({@code customer_order_total_adds_up}).
 */
@Embeddable
public class OrderAmounts {

  @Column(
      name = "currency",
      nullable = false,
      updatable = false,
      length = 3,
      columnDefinition = "bpchar(3)")
  private String currency;

  @Column(name = "subtotal_minor", nullable = false, updatable = false)
  private long subtotalMinor;

  @Column(name = "shipping_minor", nullable = false, updatable = false)
  private long shippingMinor;

  @Column(name = "tax_minor", nullable = false, updatable = false)
  private long taxMinor;

  @Column(name = "total_minor", nullable = false, updatable = false)
  private long totalMinor;

  protected OrderAmounts() {} // for JPA

  /**
   * The amounts of lines worth {@code subtotal} shipped for {@code shipping}, tax included at the
   * rate.
   */
  static OrderAmounts of(Money subtotal, Money shipping, BigDecimal taxRate) {
    Money total = subtotal.plus(shipping); // refuses two currencies
    OrderAmounts amounts = new OrderAmounts();
    amounts.currency = total.currency().getCurrencyCode();
    amounts.subtotalMinor = subtotal.minorUnits();
    amounts.shippingMinor = shipping.minorUnits();
    amounts.totalMinor = total.minorUnits();
    amounts.taxMinor = IncludedTax.of(total, taxRate).minorUnits();
    return amounts;
  }

  public Money subtotal() {
    return money(subtotalMinor);
  }

  public Money shipping() {
    return money(shippingMinor);
  }

  public Money tax() {
    return money(taxMinor);
  }

  public Money total() {
    return money(totalMinor);
  }

  private Money money(long minor) {
    return Money.ofMinor(minor, Currency.getInstance(currency));
  }
}
