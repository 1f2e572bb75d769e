package com.vita.catalog.entity;

import com.vita.platform.money.Money;
import com.vita.platform.persistence.TrackedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A product of one store: its SKU (unique in the store), what the seller says about it, its price
 * in the store's currency and its stock. The stock column is written only by the stock ledger's
 * atomic updates ({@code updatable = false} here), so an edit of the text can never overwrite a
 * concurrent sale. Deleting is soft: orders keep pointing to the product and its SKU stays taken.
 */
@Entity
@Table(name = "product")
public class Product extends TrackedEntity {

  @Id private UUID id;

  @Column(name = "store_id", nullable = false, updatable = false)
  private UUID storeId;

  @Column(name = "sku", nullable = false, updatable = false, length = 50)
  private String sku;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "description", length = 1000)
  private String description;

  @Column(name = "category", nullable = false, length = 50)
  private String category;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "amountMinor", column = @Column(name = "price_minor")),
    @AttributeOverride(name = "currency", column = @Column(name = "currency"))
  })
  private Money price;

  @Column(name = "stock", nullable = false, updatable = false)
  private int stock;

  @Column(name = "weight_grams")
  private Integer weightGrams;

  @Embedded private Dimensions dimensions;

  @Column(name = "status", nullable = false, length = 20)
  private ProductStatus status;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  protected Product() {} // for JPA

  /** A new product with no stock yet: the opening stock is the ledger's first movement. */
  public static Product create(UUID storeId, String sku, ProductContent content, Instant now) {
    Product p = new Product();
    p.id = UUID.randomUUID();
    p.storeId = Objects.requireNonNull(storeId);
    p.sku = Objects.requireNonNull(sku);
    p.apply(content);
    p.created(now);
    return p;
  }

  /** Replaces what the seller says about the product; the price stays in the same currency. */
  public void revise(ProductContent content, Instant now) {
    if (!price.currency().equals(content.price().currency())) {
      throw new IllegalArgumentException("A product keeps its store's currency " + price);
    }
    apply(content);
    touched(now);
  }

  /** Soft delete: gone from every list and page, kept for the orders that point to it. */
  public void delete(Instant now) {
    deletedAt = now;
    touched(now);
  }

  private void apply(ProductContent content) {
    name = content.name();
    description = content.description();
    category = content.category();
    price = content.price();
    weightGrams = content.weightGrams();
    dimensions = content.dimensions();
    status = content.status();
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  /** Shown to buyers: active and not deleted (the store's own state is the store's to decide). */
  public boolean isOnSale() {
    return status == ProductStatus.ACTIVE && deletedAt == null;
  }

  public UUID id() {
    return id;
  }

  public UUID storeId() {
    return storeId;
  }

  public String sku() {
    return sku;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public String category() {
    return category;
  }

  public Money price() {
    return price;
  }

  public int stock() {
    return stock;
  }

  public Integer weightGrams() {
    return weightGrams;
  }

  public Dimensions dimensions() {
    return dimensions;
  }

  public ProductStatus status() {
    return status;
  }
}
