package com.vita.catalog.control;

import com.vita.catalog.entity.StockMovement;
import com.vita.platform.problems.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Every change of a product's stock, and the only writer of the stock column: an adjustment by the
 * seller, the opening stock, an edit, and the orders component's reservations and releases. Each
 * change is one statement that updates the stock only if it stays at or above zero and, in the same
 * statement, adds the movement row with the stock it left, so concurrent changes never oversell and
 * the movements always add up to the stock. A change also moves the product's version (its {@code
 * ETag}): the representation changed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class StockLedger {

  /** Largest single change; keeps {@code stock + delta} far from integer overflow. */
  public static final int MAX_DELTA = 1_000_000_000;

  private static final String CHANGE =
      """
      with changed as (
        update product set stock = stock + ?, version = version + 1, updated_at = ?
         where id = ? and deleted_at is null and stock::bigint + ? between 0 and 2147483647
        returning id, stock)
      insert into stock_movement (id, product_id, delta, stock_after, reason, actor_account_id,
                                  created_at)
      select ?, id, ?, stock, ?, ?, ? from changed
      returning stock_after
      """;

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  Clock clock = Clock.systemUTC();

  /** A change and the stock it left. */
  public record Change(UUID movementId, int delta, int stockAfter) {}

  /**
   * Adds {@code delta} (negative to take away) to the product's stock and records why.
   *
   * @param actor the account that made the change, or null for the system
   * @throws InsufficientStockProblem (409) when the stock would go below zero; nothing changes
   * @throws NotFoundProblem when there is no such product (or it was deleted)
   */
  public Change adjust(UUID productId, int delta, String reason, UUID actor) {
    if (delta == 0 || Math.abs(delta) > MAX_DELTA) {
      throw new IllegalArgumentException("A stock change is between 1 and " + MAX_DELTA);
    }
    UUID movement = UUID.randomUUID();
    OffsetDateTime now =
        OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    // JDBC rather than a JPA native query: the actor may be null, and a null must reach
    // PostgreSQL as an untyped parameter of the uuid column.
    entityManager.flush();
    Integer after =
        entityManager
            .unwrap(Session.class)
            .doReturningWork(
                c -> {
                  try (PreparedStatement change = c.prepareStatement(CHANGE)) {
                    change.setInt(1, delta);
                    change.setObject(2, now);
                    change.setObject(3, productId);
                    change.setInt(4, delta);
                    change.setObject(5, movement);
                    change.setInt(6, delta);
                    change.setString(7, reason);
                    change.setObject(8, actor, Types.OTHER);
                    change.setObject(9, now);
                    try (ResultSet rows = change.executeQuery()) {
                      return rows.next() ? rows.getInt(1) : null;
                    }
                  }
                });
    if (after == null) {
      throw new InsufficientStockProblem(productId, current(productId));
    }
    return new Change(movement, delta, after);
  }

  /** Takes {@code quantity} units for an order; 409 when fewer are in stock. */
  public Change reserve(UUID productId, int quantity, String reason) {
    requirePositive(quantity);
    return adjust(productId, -quantity, reason, null);
  }

  /** Returns {@code quantity} reserved units (an order cancelled or expired). */
  public Change release(UUID productId, int quantity, String reason) {
    requirePositive(quantity);
    return adjust(productId, quantity, reason, null);
  }

  /**
   * Takes the units of several products for one checkout, all or none: each product's quantities
   * summed, the products changed one by one in a fixed order (their ids as PostgreSQL sorts them),
   * so two checkouts holding the same products in opposite order queue behind each other instead of
   * deadlocking. When one product is short the exception rolls the caller's transaction back, and
   * with it what was taken before.
   *
   * @param quantities units per product, already summed across the cart's lines
   * @throws InsufficientStockProblem (409) naming the first product that is short
   */
  public List<Change> reserveAll(Map<UUID, Integer> quantities, String reason) {
    List<Change> changes = new ArrayList<>();
    for (Map.Entry<UUID, Integer> product : inLockOrder(quantities)) {
      changes.add(reserve(product.getKey(), product.getValue(), reason));
    }
    return changes;
  }

  /** Returns the units of several products (an order cancelled, refunded or expired). */
  public List<Change> releaseAll(Map<UUID, Integer> quantities, String reason) {
    List<Change> changes = new ArrayList<>();
    for (Map.Entry<UUID, Integer> product : inLockOrder(quantities)) {
      changes.add(release(product.getKey(), product.getValue(), reason));
    }
    return changes;
  }

  /**
   * By the id's text, which orders as PostgreSQL's uuid comparison does (unsigned bytes), unlike
   * {@link UUID#compareTo}: SQL that locks {@code ORDER BY id} agrees with this order.
   */
  static List<Map.Entry<UUID, Integer>> inLockOrder(Map<UUID, Integer> quantities) {
    return quantities.entrySet().stream()
        .sorted(Comparator.comparing(e -> e.getKey().toString()))
        .toList();
  }

  /** The product's movements, newest first, at most {@code limit}. */
  public List<StockMovement> history(UUID productId, int limit) {
    return entityManager
        .createNamedQuery(StockMovement.OF_PRODUCT, StockMovement.class)
        .setParameter("product", productId)
        .setMaxResults(limit)
        .getResultList();
  }

  private int current(UUID productId) {
    List<?> stock =
        entityManager
            .createNativeQuery("select stock from product where id = ?1 and deleted_at is null")
            .setParameter(1, productId)
            .getResultList();
    if (stock.isEmpty()) {
      throw new NotFoundProblem("No such product");
    }
    return ((Number) stock.get(0)).intValue();
  }

  private static void requirePositive(int quantity) {
    if (quantity <= 0) {
      throw new IllegalArgumentException("A quantity is at least 1: " + quantity);
    }
  }
}
