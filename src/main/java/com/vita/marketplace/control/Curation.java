package com.vita.marketplace.control;

import com.vita.platform.audit.AuditTrail;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.problems.ProblemException;
import com.vita.stores.control.StoreDirectory;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What admins list: a product by decision (listed, or unlisted even where a rule would list it), or
 * whole stores and categories by rule. Only the decision and rule rows are written here; the
 * database's triggers (V60) bring the listing in line in the same transaction.
 */
@ApplicationScoped
@Transactional
public class Curation {

  static final int MAX_RULES = 500;

  @Resource(lookup = "jdbc/vita")
  DataSource dataSource;

  @Inject AuditTrail audit;
  @Inject StoreDirectory stores;

  /** The rules: every product of these stores and of these categories (with subcategories). */
  public record Rules(Set<UUID> stores, Set<String> categories) {}

  /**
   * Lists ({@code true}) or unlists the product, whatever the rules say.
   *
   * @throws NotFoundProblem 404 when there is no such product
   */
  public void decide(UUID productId, boolean listed, UUID adminId) {
    BoundSql sql =
        new BoundSql()
            .append("insert into marketplace_listing_decision (product_id, listed, decided_by,")
            .append(" decided_at) values (")
            .param(productId)
            .append(", ")
            .param(listed)
            .append(", ")
            .param(adminId)
            .append(", ")
            .param(OffsetDateTime.now(ZoneOffset.UTC))
            .append(") on conflict (product_id) do update set listed = excluded.listed,")
            .append(" decided_by = excluded.decided_by, decided_at = excluded.decided_at");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = sql.prepare(connection, 30)) {
      statement.executeUpdate();
    } catch (SQLException e) {
      if ("23503".equals(e.getSQLState())) {
        throw new NotFoundProblem("No such product");
      }
      throw new IllegalStateException(e);
    }
    audit.record(
        listed ? "marketplace.product.listed" : "marketplace.product.unlisted",
        adminId,
        "product:" + productId,
        Map.of());
  }

  public Rules rules() {
    Set<UUID> storeIds = new TreeSet<>();
    Set<String> categories = new TreeSet<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("select store_id, category from marketplace_rule");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        UUID store = rows.getObject("store_id", UUID.class);
        if (store != null) {
          storeIds.add(store);
        } else {
          categories.add(rows.getString("category"));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new Rules(storeIds, categories);
  }

  /**
   * Replaces the rules whole (what is not in the new set stops listing its products).
   *
   * @throws ProblemException 400 for an unknown store, a bad category or too many rules
   */
  public Rules replaceRules(Rules wanted, UUID adminId) {
    Set<UUID> storeIds = wanted.stores() == null ? Set.of() : new TreeSet<>(wanted.stores());
    Set<String> categories = new TreeSet<>();
    for (String category : wanted.categories() == null ? Set.<String>of() : wanted.categories()) {
      if (category == null || category.isBlank() || category.strip().length() > 50) {
        throw ProblemException.invalidField("categories", "each 1 to 50 characters");
      }
      categories.add(category.strip());
    }
    if (storeIds.size() + categories.size() > MAX_RULES) {
      throw ProblemException.invalidField("stores", "at most " + MAX_RULES + " rules in all");
    }
    for (UUID store : storeIds) {
      if (store == null || stores.find(store).isEmpty()) {
        throw ProblemException.invalidField("stores", "no such store: " + store);
      }
    }
    Rules before = rules();
    List<BoundSql> statements = new ArrayList<>();
    for (UUID store : before.stores()) {
      if (!storeIds.contains(store)) {
        statements.add(
            new BoundSql().append("delete from marketplace_rule where store_id = ").param(store));
      }
    }
    for (String category : before.categories()) {
      if (!categories.contains(category)) {
        statements.add(
            new BoundSql()
                .append("delete from marketplace_rule where category = ")
                .param(category));
      }
    }
    for (UUID store : storeIds) {
      if (!before.stores().contains(store)) {
        statements.add(insertRule(store, null, adminId));
      }
    }
    for (String category : categories) {
      if (!before.categories().contains(category)) {
        statements.add(insertRule(null, category, adminId));
      }
    }
    try (Connection connection = dataSource.getConnection()) {
      for (BoundSql statement : statements) {
        try (PreparedStatement prepared = statement.prepare(connection, 60)) {
          prepared.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    Rules after = new Rules(storeIds, categories);
    audit.record(
        "marketplace.rules.replaced",
        adminId,
        "marketplace_rule",
        Map.of("stores", storeIds.toString(), "categories", categories.toString()));
    return after;
  }

  private static BoundSql insertRule(UUID store, String category, UUID adminId) {
    return new BoundSql()
        .append("insert into marketplace_rule (id, store_id, category, created_by, created_at)")
        .append(" values (")
        .param(UUID.randomUUID())
        .append(", ")
        .param(store)
        .append(", ")
        .param(category)
        .append(", ")
        .param(adminId)
        .append(", ")
        .param(OffsetDateTime.now(ZoneOffset.UTC))
        .append(") on conflict do nothing");
  }
}
