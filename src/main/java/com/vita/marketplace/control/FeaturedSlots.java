package com.vita.marketplace.control;

import com.vita.platform.audit.AuditTrail;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Admin-curated slots: a product shown at a position from {@code startsAt} until {@code endsAt}.
 * Only a product in the marketplace can be featured, and a slot shows only while its product is
 * still there (the join with the listing), so featuring never bypasses eligibility.
 */
@ApplicationScoped
public class FeaturedSlots {

  @Resource(lookup = "jdbc/vita")
  DataSource dataSource;

  @Inject AuditTrail audit;

  public record NewSlot(UUID productId, Integer position, Instant startsAt, Instant endsAt) {}

  public record Slot(
      UUID slotId, int position, Instant startsAt, Instant endsAt, ListingCard product) {}

  /** The slots showing now, by position. */
  public List<Slot> current() {
    BoundSql sql =
        new BoundSql()
            .append("select f.id as slot_id, f.position, f.starts_at, f.ends_at, ")
            .append(ListingCard.COLUMNS)
            .append(" from marketplace_featured_slot f")
            .append(" join marketplace_listing l on l.product_id = f.product_id")
            .append(" where f.starts_at <= now() and f.ends_at > now()")
            .append(" order by f.position, f.starts_at, f.id limit 100");
    List<Slot> slots = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = sql.prepare(connection, 2);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        slots.add(
            new Slot(
                rows.getObject("slot_id", UUID.class),
                rows.getInt("position"),
                rows.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rows.getObject("ends_at", OffsetDateTime.class).toInstant(),
                ListingCard.read(rows)));
      }
    } catch (SQLException e) {
      throw ListingSearch.unavailable(e);
    }
    return slots;
  }

  /**
   * @throws ProblemException 400 for a missing field or an empty window, 409 when the product is
   *     not in the marketplace
   */
  @Transactional
  public UUID create(NewSlot slot, UUID adminId) {
    if (slot == null
        || slot.productId() == null
        || slot.startsAt() == null
        || slot.endsAt() == null) {
      throw ProblemException.invalidField("productId", "productId, startsAt and endsAt required");
    }
    int position = slot.position() == null ? 1 : slot.position();
    if (position < 1 || position > 1000) {
      throw ProblemException.invalidField("position", "between 1 and 1000");
    }
    if (!slot.endsAt().isAfter(slot.startsAt())) {
      throw ProblemException.invalidField("endsAt", "after startsAt");
    }
    UUID id = UUID.randomUUID();
    BoundSql insert =
        new BoundSql()
            .append("insert into marketplace_featured_slot (id, product_id, position, starts_at,")
            .append(" ends_at, created_by, created_at) select ")
            .param(id)
            .append(", l.product_id, ")
            .param(position)
            .append(", ")
            .param(OffsetDateTime.ofInstant(slot.startsAt(), ZoneOffset.UTC))
            .append(", ")
            .param(OffsetDateTime.ofInstant(slot.endsAt(), ZoneOffset.UTC))
            .append(", ")
            .param(adminId)
            .append(", now() from marketplace_listing l where l.product_id = ")
            .param(slot.productId());
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = insert.prepare(connection, 10)) {
      if (statement.executeUpdate() == 0) {
        throw new ProblemException(
            ProblemType.CONFLICT, "Only a product in the marketplace can be featured");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    audit.record(
        "marketplace.featured.created",
        adminId,
        "product:" + slot.productId(),
        Map.of("slot", id.toString(), "position", Integer.toString(position)));
    return id;
  }

  /**
   * @throws NotFoundProblem 404 when there is no such slot
   */
  @Transactional
  public void delete(UUID slotId, UUID adminId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            new BoundSql()
                .append("delete from marketplace_featured_slot where id = ")
                .param(slotId)
                .prepare(connection, 10)) {
      if (statement.executeUpdate() == 0) {
        throw new NotFoundProblem("No such featured slot");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    audit.record("marketplace.featured.deleted", adminId, "featured_slot:" + slotId, Map.of());
  }
}
