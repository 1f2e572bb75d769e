package com.vita.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One change of a product's stock and the stock it left: the history that explains every unit. Rows
 * are written by the stock ledger in the same statement as the change and never altered (a trigger
 * refuses UPDATE and DELETE).
 */
@Entity
@Immutable
@Table(name = "stock_movement")
@NamedQuery(
    name = StockMovement.OF_PRODUCT,
    query =
        "select m from StockMovement m where m.productId = :product"
            + " order by m.createdAt desc, m.id desc")
public class StockMovement {

  public static final String OF_PRODUCT = "StockMovement.ofProduct";

  @Id private UUID id;

  @Column(name = "product_id", nullable = false)
  private UUID productId;

  @Column(name = "delta", nullable = false)
  private int delta;

  @Column(name = "stock_after", nullable = false)
  private int stockAfter;

  @Column(name = "reason", nullable = false, length = 200)
  private String reason;

  @Column(name = "actor_account_id")
  private UUID actorAccountId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected StockMovement() {} // for JPA

  public UUID id() {
    return id;
  }

  public UUID productId() {
    return productId;
  }

  public int delta() {
    return delta;
  }

  public int stockAfter() {
    return stockAfter;
  }

  public String reason() {
    return reason;
  }

  public UUID actorAccountId() {
    return actorAccountId;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
