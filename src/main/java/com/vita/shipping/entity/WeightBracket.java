package com.vita.shipping.entity;

import com.vita.platform.money.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** A rate-table row: the price of every billable weight up to and including {@code upToGrams}. */
@Embeddable
public class WeightBracket {

  @Column(name = "up_to_grams", nullable = false)
  private int upToGrams;

  @Embedded
  @AttributeOverride(name = "amountMinor", column = @Column(name = "price_minor"))
  @AttributeOverride(
      name = "currency",
      column = @Column(name = "currency", length = 3, columnDefinition = "bpchar(3)"))
  private Money price;

  protected WeightBracket() {}

  public WeightBracket(int upToGrams, Money price) {
    if (upToGrams <= 0) {
      throw new IllegalArgumentException("a bracket's weight must be positive");
    }
    if (price.isZero()) {
      throw new IllegalArgumentException("a bracket's price must be positive");
    }
    this.upToGrams = upToGrams;
    this.price = price;
  }

  public int upToGrams() {
    return upToGrams;
  }

  public Money price() {
    return price;
  }
}
