package com.vita.orders.control;

import com.vita.catalog.control.PageCursor;
import com.vita.orders.entity.Order;
import com.vita.orders.entity.OrderStatus;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Pages of orders newest first by keyset ({@code (created_at, id) < cursor}, the catalogue's {@link
 * PageCursor}), limited to what the caller may see: a buyer their purchases, a seller their stores'
 * sales and their own purchases, an admin everything. Native SQL for the row-value comparison that
 * walks the V35 indexes.
 */
@ApplicationScoped
public class OrderQueries {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  @PersistenceContext(unitName = "vita")
  EntityManager entityManager;

  @Inject Caller caller;

  /** What to list; every field null for any. {@code to} is exclusive. */
  public record Filter(OrderStatus status, UUID storeId, Instant from, Instant to) {}

  /** One page and the cursor of the next, null on the last page. */
  public record Page(List<Order> orders, PageCursor next) {}

  public Page page(Filter filter, PageCursor after, int limit) {
    StringBuilder sql = new StringBuilder("select * from customer_order where true");
    if (!caller.isAdmin()) {
      sql.append(" and (buyer_id = :me or seller_id = :me)");
    }
    if (filter.status() != null) {
      sql.append(" and status = :status");
    }
    if (filter.storeId() != null) {
      sql.append(" and store_id = :store");
    }
    if (filter.from() != null) {
      sql.append(" and created_at >= :from");
    }
    if (filter.to() != null) {
      sql.append(" and created_at < :to");
    }
    if (after != null) {
      sql.append(" and (created_at, id) < (:at, :id)");
    }
    sql.append(" order by created_at desc, id desc limit :limit");
    Query query =
        entityManager
            .createNativeQuery(sql.toString(), Order.class)
            .setParameter("limit", limit + 1);
    if (!caller.isAdmin()) {
      query.setParameter("me", caller.id());
    }
    if (filter.status() != null) {
      query.setParameter("status", filter.status().value());
    }
    if (filter.storeId() != null) {
      query.setParameter("store", filter.storeId());
    }
    if (filter.from() != null) {
      query.setParameter("from", utc(filter.from()));
    }
    if (filter.to() != null) {
      query.setParameter("to", utc(filter.to()));
    }
    if (after != null) {
      query.setParameter("at", utc(after.createdAt())).setParameter("id", after.id());
    }
    @SuppressWarnings("unchecked")
    List<Order> rows = query.getResultList();
    if (rows.size() <= limit) {
      return new Page(rows, null);
    }
    List<Order> page = List.copyOf(rows.subList(0, limit));
    Order last = page.get(limit - 1);
    return new Page(page, new PageCursor(last.createdAt(), last.id()));
  }

  /** A page size from a query parameter: default when absent, 400 outside 1..MAX_LIMIT. */
  public static int limit(Integer requested) {
    if (requested == null) {
      return DEFAULT_LIMIT;
    }
    if (requested < 1 || requested > MAX_LIMIT) {
      throw ProblemException.invalidField("limit", "between 1 and " + MAX_LIMIT);
    }
    return requested;
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
