package com.vita.marketplace.control;

import com.vita.marketplace.entity.MarketplaceSort;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * For bench/marketplace-search.sh only: the very statements VITA's marketplace sends (built by
 * ListingStatements and Suggestions' SQL), with their parameters written in as literals, so pgbench
 * runs the same SQL. Lives in the control package to reach the package-private builders.
 */
public final class MarketplaceStatements {

  private MarketplaceStatements() {}

  public static String page(String q, String category, String country, String sort,
      String cursor, int limit, boolean typos) {
    MarketplaceSort order = MarketplaceSort.fromWire(sort).orElseThrow();
    return inline(
        ListingStatements.page(
            q == null ? null : SearchText.of(q, "q"),
            ListingFilter.of(category, null, country, null, null, null),
            order,
            ListingCursor.parse(cursor, order),
            limit,
            typos));
  }

  /** Whether the words match (VITA's first statement of a search; false: it matches trigrams). */
  public static String anyWordMatch(String q, String category, String country) {
    return inline(ListingStatements.anyWordMatch(
        SearchText.of(q, "q"), ListingFilter.of(category, null, country, null, null, null)));
  }

  public static String facets(String q, String category, String country, boolean typos) {
    return inline(
        ListingStatements.facets(
            SearchText.of(q, "q"), ListingFilter.of(category, null, country, null, null, null),
            typos));
  }

  /** Suggestions' first (prefix) statement, which answers most requests alone. */
  public static String suggestPrefix(String q) {
    String prefix = SearchText.of(q, "q").unaccented();
    return "select l.product_id, l.name from marketplace_listing l where l.search_text ~>=~ "
        + literal(prefix) + " and l.search_text ~<~ " + literal(Suggestions.upperBound(prefix))
        + " order by l.search_text limit " + Suggestions.LIMIT * 3;
  }

  public static String cursor(String sort, String value, UUID id) {
    return new ListingCursor(MarketplaceSort.fromWire(sort).orElseThrow(), value, id).encoded();
  }

  static String inline(BoundSql sql) {
    String text = sql.toString();
    List<Object> parameters = sql.parameters();
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '?' && next < parameters.size() && !text.startsWith("?", i + 1)) {
        out.append(literal(parameters.get(next++)));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static String literal(Object value) {
    if (value instanceof Number) {
      return value.toString();
    }
    if (value instanceof OffsetDateTime at) {
      // no ':' in the text: pgbench would read ":00" as a variable
      return "to_timestamp(" + at.toEpochSecond() + " + " + at.getNano() / 1_000 + " / 1e6)";
    }
    if (value instanceof UUID id) {
      return "cast('" + id + "' as uuid)";
    }
    return "'" + value.toString().replace("'", "''") + "'";
  }
}
