package com.vita.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A picture of a product, kept as three re-encoded renditions in document storage (never the upload
 * itself, whose metadata could locate the seller).
 */
@Entity
@Table(name = "product_image")
@NamedQuery(
    name = ProductImage.OF_PRODUCT,
    query = "select i from ProductImage i where i.productId = :product order by i.createdAt, i.id")
@NamedQuery(
    name = ProductImage.COUNT_OF_PRODUCT,
    query = "select count(i) from ProductImage i where i.productId = :product")
public class ProductImage {

  public static final String OF_PRODUCT = "ProductImage.ofProduct";
  public static final String COUNT_OF_PRODUCT = "ProductImage.countOfProduct";

  @Id private UUID id;

  @Column(name = "product_id", nullable = false, updatable = false)
  private UUID productId;

  @Column(name = "media_type", nullable = false, length = 20)
  private String mediaType;

  @Column(name = "width", nullable = false)
  private int width;

  @Column(name = "height", nullable = false)
  private int height;

  @Column(name = "key_small", nullable = false, length = 200)
  private String keySmall;

  @Column(name = "key_medium", nullable = false, length = 200)
  private String keyMedium;

  @Column(name = "key_large", nullable = false, length = 200)
  private String keyLarge;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ProductImage() {} // for JPA

  /**
   * @param keys the storage key of each rendition, all three present
   * @param width the largest rendition's width
   */
  public ProductImage(
      UUID productId,
      String mediaType,
      int width,
      int height,
      Map<ImageSize, String> keys,
      Instant now) {
    this.id = UUID.randomUUID();
    this.productId = Objects.requireNonNull(productId);
    this.mediaType = Objects.requireNonNull(mediaType);
    this.width = width;
    this.height = height;
    this.keySmall = Objects.requireNonNull(keys.get(ImageSize.SMALL));
    this.keyMedium = Objects.requireNonNull(keys.get(ImageSize.MEDIUM));
    this.keyLarge = Objects.requireNonNull(keys.get(ImageSize.LARGE));
    this.createdAt = now;
  }

  public String key(ImageSize size) {
    return switch (size) {
      case SMALL -> keySmall;
      case MEDIUM -> keyMedium;
      case LARGE -> keyLarge;
    };
  }

  public Map<ImageSize, String> keys() {
    Map<ImageSize, String> keys = new EnumMap<>(ImageSize.class);
    for (ImageSize size : ImageSize.values()) {
      keys.put(size, key(size));
    }
    return keys;
  }

  public UUID id() {
    return id;
  }

  public UUID productId() {
    return productId;
  }

  public String mediaType() {
    return mediaType;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
