package com.vita.kyb.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A document a business sent, as storage kept it. The key is the one storage generated, never the
 * client's file name, which is kept only in cleaned form for display.
 */
@Entity
@Table(name = "business_document")
@NamedQuery(
    name = BusinessDocument.OF_BUSINESS,
    query =
        "select d from BusinessDocument d where d.businessId = :business"
            + " order by d.uploadedAt, d.id")
public class BusinessDocument {

  public static final String OF_BUSINESS = "BusinessDocument.ofBusiness";

  @Id private UUID id;

  @Column(name = "business_id", nullable = false, updatable = false)
  private UUID businessId;

  @Column(name = "storage_key", nullable = false, updatable = false, length = 300)
  private String storageKey;

  @Column(name = "media_type", nullable = false, updatable = false, length = 100)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(name = "sha256", nullable = false, updatable = false, length = 64)
  private String sha256;

  @Column(name = "original_name", updatable = false, length = 200)
  private String originalName;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected BusinessDocument() {}

  public BusinessDocument(
      UUID businessId,
      String storageKey,
      String mediaType,
      long size,
      String sha256,
      String originalName,
      Instant uploadedAt) {
    this.id = UUID.randomUUID();
    this.businessId = businessId;
    this.storageKey = storageKey;
    this.mediaType = mediaType;
    this.size = size;
    this.sha256 = sha256;
    this.originalName = originalName;
    this.uploadedAt = uploadedAt;
  }

  public UUID id() {
    return id;
  }

  public UUID businessId() {
    return businessId;
  }

  public String storageKey() {
    return storageKey;
  }

  public String mediaType() {
    return mediaType;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public String originalName() {
    return originalName;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
