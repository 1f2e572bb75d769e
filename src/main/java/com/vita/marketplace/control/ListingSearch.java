package com.vita.marketplace.control;

import com.vita.marketplace.entity.MarketplaceSort;
import com.vita.platform.problems.UnavailableProblem;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads marketplace pages and facets (the SQL is {@link ListingStatements}'). Plain JDBC in
 * autocommit: read-only statements need no transaction, and a per-statement query timeout is the
 * backstop that turns a runaway search into a 503, never a multi-second scan or a 500.
 */
@ApplicationScoped
public class ListingSearch {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;
  static final int FACET_VALUES = 20;

  @Resource(lookup = "jdbc/vita")
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "marketplace.search.timeout-seconds", defaultValue = "2")
  int timeoutSeconds;

  public record Query(
      SearchText text,
      ListingFilter filter,
      MarketplaceSort sort,
      ListingCursor after,
      int limit,
      boolean facets) {

    /** The normalised request, for the cache key. */
    public String key() {
      return (text == null ? "" : text.lowered())
          + "|"
          + filter.key()
          + "|"
          + sort.wire()
          + "|"
          + (after == null ? "" : after.encoded())
          + "|"
          + limit
          + "|"
          + facets;
    }
  }

  public ListingPage page(Query query) {
    try (Connection connection = dataSource.getConnection()) {
      List<ListingCard> cards = new ArrayList<>();
      String next = null;
      double lastScore = 0;
      boolean typos = query.text() != null && !anyWordMatch(connection, query);
      try (PreparedStatement statement =
              ListingStatements.page(
                      query.text(),
                      query.filter(),
                      query.sort(),
                      query.after(),
                      query.limit(),
                      typos)
                  .prepare(connection, timeoutSeconds);
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          if (cards.size() == query.limit()) {
            ListingCard last = cards.get(cards.size() - 1);
            next =
                new ListingCursor(
                        query.sort(),
                        ListingStatements.cursorValue(query.sort(), last, lastScore),
                        last.id())
                    .encoded();
            break;
          }
          cards.add(ListingCard.read(rows));
          lastScore = rows.getDouble("score");
        }
      }
      Facets facets = query.facets() ? facets(connection, query, typos) : null;
      return new ListingPage(List.copyOf(cards), next, facets);
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  private boolean anyWordMatch(Connection connection, Query query) throws SQLException {
    try (PreparedStatement statement =
            ListingStatements.anyWordMatch(query.text(), query.filter())
                .prepare(connection, timeoutSeconds);
        ResultSet row = statement.executeQuery()) {
      return row.next() && row.getBoolean("found");
    }
  }

  private Facets facets(Connection connection, Query query, boolean typos) throws SQLException {
    List<Facets.Count> categories = new ArrayList<>();
    List<Facets.Count> countries = new ArrayList<>();
    List<Facets.StoreCount> stores = new ArrayList<>();
    List<Facets.PriceBand> prices = new ArrayList<>();
    try (PreparedStatement statement =
            ListingStatements.facets(query.text(), query.filter(), typos)
                .prepare(connection, timeoutSeconds);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        long n = rows.getLong("n");
        if (rows.getBoolean("by_category")) {
          categories.add(new Facets.Count(rows.getString("category"), n));
        } else if (rows.getBoolean("by_country")) {
          countries.add(new Facets.Count(rows.getString("country"), n));
        } else if (rows.getBoolean("by_store")) {
          stores.add(
              new Facets.StoreCount(
                  rows.getObject("store_id", UUID.class), rows.getString("store_name"), n));
        } else {
          long from = pow10(rows.getInt("band"));
          prices.add(new Facets.PriceBand(rows.getString("currency").trim(), from, from * 10, n));
        }
      }
    }
    prices.sort(
        Comparator.comparing(Facets.PriceBand::currency)
            .thenComparing(Facets.PriceBand::fromMinor));
    long counted = countries.stream().mapToLong(Facets.Count::count).sum();
    return new Facets(
        counted,
        counted >= ListingStatements.COUNTED,
        top(categories),
        top(countries),
        topStores(stores),
        prices);
  }

  private static List<Facets.Count> top(List<Facets.Count> counts) {
    return counts.stream()
        .sorted(
            Comparator.comparingLong(Facets.Count::count)
                .reversed()
                .thenComparing(Facets.Count::value))
        .limit(FACET_VALUES)
        .toList();
  }

  private static List<Facets.StoreCount> topStores(List<Facets.StoreCount> counts) {
    return counts.stream()
        .sorted(
            Comparator.comparingLong(Facets.StoreCount::count)
                .reversed()
                .thenComparing(s -> s.storeId().toString()))
        .limit(FACET_VALUES)
        .toList();
  }

  private static long pow10(int exponent) {
    long value = 1;
    for (int i = 0; i < exponent; i++) {
      value *= 10;
    }
    return value;
  }

  static UnavailableProblem unavailable(SQLException e) {
    // 57014: cancelled by the query timeout
    String detail =
        "57014".equals(e.getSQLState())
            ? "The search took too long; narrow it down or try again"
            : "The marketplace cannot be read right now";
    return new UnavailableProblem(detail, 5);
  }
}
