package com.vita.marketplace.control;

import com.vita.marketplace.entity.MarketplaceSort;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The SQL of marketplace pages and facets over {@code marketplace_listing} (V60), which holds only
 * eligible products: no eligibility test here can be forgotten. A search matches the Spanish
 * document ({@code websearch_to_tsquery}, tolerant of quotes and operators) or, for typos, the
 * name's trigrams ({@code <%}, word similarity) when no word matches; a text of stop words only
 * matches nothing.
 *
 * <p>Ranking and counting cost per matching row, and a common word matches a fifth of a million
 * products: so relevance ranks the first {@link #RANKED} matches (as Meilisearch's maxTotalHits
 * caps what it ranks) and facets count the first {@link #COUNTED}, saying when they were capped.
 * The other sorts are exact: they walk their index and stop at the page.
 */
final class ListingStatements {

  static final String CONFIG = "cast('spanish_unaccent' as regconfig)";
  static final int RANKED = 1_000;
  static final int COUNTED = 10_000;

  private ListingStatements() {}

  /**
   * The matching rows with the sort columns, a relevance score and a price band, at most {@code
   * cap} of them (0 for all). {@code typos}: match the name's trigrams instead of the words, which
   * the search does only when the words match nothing ({@link #anyWordMatch}): a trigram test on
   * every row is what makes a typo-tolerant query slow, and "zapatso" has no word match anyway.
   */
  static BoundSql matching(SearchText text, ListingFilter filter, int cap, boolean typos) {
    BoundSql sql = new BoundSql().append("select ").append(ListingCard.COLUMNS);
    sql.append(", length(cast(l.price_minor as text)) - 1 as band");
    if (text == null) {
      sql.append(", cast(0 as double precision) as score from marketplace_listing l where true");
    } else if (typos) {
      sql.append(", cast(word_similarity(")
          .param(text.unaccented())
          .append(", l.search_text) as double precision) as score from marketplace_listing l")
          .append(" where ")
          .param(text.unaccented())
          .append(" <% l.search_text");
    } else {
      sql.append(", cast(ts_rank_cd(l.document, tsq) as double precision) as score");
      words(sql, text);
    }
    filters(sql, filter);
    if (cap > 0) {
      sql.append(" limit ").param(cap);
    }
    return sql;
  }

  /** Whether any product matches the text's words (a GIN lookup that stops at the first). */
  static BoundSql anyWordMatch(SearchText text, ListingFilter filter) {
    BoundSql sql = new BoundSql().append("select exists (select 1");
    words(sql, text);
    filters(sql, filter);
    return sql.append(") as found");
  }

  private static void words(BoundSql sql, SearchText text) {
    sql.append(" from marketplace_listing l cross join websearch_to_tsquery(")
        .append(CONFIG)
        .append(", ")
        .param(text.text())
        .append(") as tsq where numnode(tsq) > 0 and l.document @@ tsq");
  }

  private static void filters(BoundSql sql, ListingFilter filter) {
    if (filter.category() != null) {
      sql.append(" and (l.category = ")
          .param(filter.category())
          .append(" or l.category like ")
          .param(SearchText.escapeLike(filter.category()) + "/%")
          .append(")");
    }
    if (filter.storeId() != null) {
      sql.append(" and l.store_id = ").param(filter.storeId());
    }
    if (filter.country() != null) {
      sql.append(" and l.country = ").param(filter.country());
    }
    if (filter.currency() != null) {
      sql.append(" and l.currency = ").param(filter.currency());
    }
    if (filter.minPriceMinor() != null) {
      sql.append(" and l.price_minor >= ").param(filter.minPriceMinor());
    }
    if (filter.maxPriceMinor() != null) {
      sql.append(" and l.price_minor <= ").param(filter.maxPriceMinor());
    }
  }

  /** A page: the matching rows after the cursor, in the sort's order, one more than the limit. */
  static BoundSql page(
      SearchText text,
      ListingFilter filter,
      MarketplaceSort sort,
      ListingCursor after,
      int limit,
      boolean typos) {
    String key = column(sort);
    String direction = sort.ascending() ? " asc" : " desc";
    BoundSql sql =
        new BoundSql()
            .append("select * from (")
            .append(matching(text, filter, sort == MarketplaceSort.RELEVANCE ? RANKED : 0, typos))
            .append(") l");
    if (after != null) {
      sql.append(" where (l.")
          .append(key)
          .append(", l.product_id) ")
          .append(sort.ascending() ? ">" : "<")
          .append(" (")
          .param(cursorValue(after))
          .append(", ")
          .param(after.id())
          .append(")");
    }
    return sql.append(" order by l.")
        .append(key)
        .append(direction)
        .append(", l.product_id")
        .append(direction)
        .append(" limit ")
        .param(limit + 1);
  }

  /** Every facet in one pass over the matches (grouping sets). */
  static BoundSql facets(SearchText text, ListingFilter filter, boolean typos) {
    return new BoundSql()
        .append(
            "select grouping(l.category) = 0 as by_category, grouping(l.country) = 0 as by_country,")
        .append(" grouping(l.store_id) = 0 as by_store, l.category, l.country, l.store_id,")
        .append(" l.store_name, l.currency, l.band, count(*) as n from (")
        .append(matching(text, filter, COUNTED, typos))
        .append(
            ") l group by grouping sets ((l.category), (l.country), (l.store_id, l.store_name),")
        .append(" (l.currency, l.band))");
  }

  /** The sort's value of a row, as the cursor keeps it. */
  static String cursorValue(MarketplaceSort sort, ListingCard card, double score) {
    return switch (sort) {
      case RELEVANCE -> Double.toString(score);
      case PRICE_ASC, PRICE_DESC -> Long.toString(card.priceMinor());
      case BEST_SELLING -> Long.toString(card.unitsSold());
      case NEWEST -> Long.toString(micros(card.createdAt()));
    };
  }

  private static Object cursorValue(ListingCursor cursor) {
    return switch (cursor.sort()) {
      case RELEVANCE -> Double.parseDouble(cursor.value());
      case PRICE_ASC, PRICE_DESC, BEST_SELLING -> Long.parseLong(cursor.value());
      case NEWEST -> {
        long micros = Long.parseLong(cursor.value());
        yield OffsetDateTime.ofInstant(
            Instant.ofEpochSecond(
                Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L),
            ZoneOffset.UTC);
      }
    };
  }

  private static String column(MarketplaceSort sort) {
    return switch (sort) {
      case RELEVANCE -> "score";
      case PRICE_ASC, PRICE_DESC -> "price_minor";
      case BEST_SELLING -> "units_sold";
      case NEWEST -> "created_at";
    };
  }

  private static long micros(Instant at) {
    return at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
  }
}
