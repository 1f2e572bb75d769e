package com.vita.marketplace.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Search-as-you-type from {@link #MIN_LENGTH} characters: names that start with the text, read from
 * the prefix index alone (a range on {@code text_pattern_ops}, which a generic plan still uses,
 * unlike {@code LIKE ?}); when those are too few, names with a word like it (trigrams, typos too),
 * a bounded candidate set ranked by similarity. Categories come from the cached category counts.
 */
@ApplicationScoped
public class Suggestions {

  public static final int MIN_LENGTH = 3;
  public static final int LIMIT = 8;
  private static final int TYPO_CANDIDATES = 100;

  @Resource(lookup = "jdbc/vita")
  DataSource dataSource;

  @Inject CategoryTree categories;

  @Inject
  @ConfigProperty(name = "marketplace.search.timeout-seconds", defaultValue = "2")
  int timeoutSeconds;

  public record ProductSuggestion(UUID id, String name) {}

  public record CategorySuggestion(String category, long count) {}

  public record Answer(List<ProductSuggestion> products, List<CategorySuggestion> categories) {}

  public Answer suggest(SearchText text) {
    if (text.length() < MIN_LENGTH) {
      return new Answer(List.of(), List.of());
    }
    String prefix = text.unaccented();
    Map<String, ProductSuggestion> byName = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      BoundSql prefixes =
          new BoundSql()
              .append("select l.product_id, l.name from marketplace_listing l")
              .append(" where l.search_text ~>=~ ")
              .param(prefix)
              .append(" and l.search_text ~<~ ")
              .param(upperBound(prefix))
              .append(" order by l.search_text limit ")
              .param(LIMIT * 3);
      collect(connection, prefixes, byName);
      if (byName.size() < LIMIT) {
        BoundSql typos =
            new BoundSql()
                .append("select c.product_id, c.name from (select l.product_id, l.name,")
                .append(" l.search_text from marketplace_listing l where ")
                .param(prefix)
                .append(" <% l.search_text limit ")
                .param(TYPO_CANDIDATES)
                .append(") c order by word_similarity(")
                .param(prefix)
                .append(", c.search_text) desc, c.name limit ")
                .param(LIMIT * 3);
        collect(connection, typos, byName);
      }
    } catch (SQLException e) {
      throw ListingSearch.unavailable(e);
    }
    List<CategorySuggestion> matching =
        categories.counts().entrySet().stream()
            .filter(c -> CategoryTree.searchable(c.getKey()).contains(prefix))
            .limit(LIMIT)
            .map(c -> new CategorySuggestion(c.getKey(), c.getValue()))
            .toList();
    return new Answer(byName.values().stream().limit(LIMIT).toList(), matching);
  }

  private void collect(Connection connection, BoundSql sql, Map<String, ProductSuggestion> byName)
      throws SQLException {
    try (PreparedStatement statement = sql.prepare(connection, timeoutSeconds);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        String name = rows.getString("name");
        // one suggestion per name: ten stores selling "Café molido" suggest it once
        byName.putIfAbsent(
            name, new ProductSuggestion(rows.getObject("product_id", UUID.class), name));
      }
    }
  }

  /** The smallest text greater than every text starting with the prefix. */
  static String upperBound(String prefix) {
    int last = prefix.codePointBefore(prefix.length());
    String head = prefix.substring(0, prefix.length() - Character.charCount(last));
    return head + new String(Character.toChars(last + 1));
  }
}
