package com.vita.marketplace.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The marketplace's categories as a tree with counts of eligible products. A product's category is
 * a path split on '/' ("moda/calzado" is calzado under moda); a node counts its own products and
 * its descendants'. Counts are read once per cache generation (they back suggestions too).
 */
@ApplicationScoped
public class CategoryTree {

  @Resource(lookup = "jdbc/vita")
  DataSource dataSource;

  @Inject MarketplaceCache cache;

  @Inject
  @ConfigProperty(name = "marketplace.search.timeout-seconds", defaultValue = "2")
  int timeoutSeconds;

  public record Node(String name, String path, long count, List<Node> children) {}

  private volatile Map<String, Long> counts = Map.of();
  private volatile long countsGeneration = -1;

  /** Products per category (the full path), largest first. */
  public Map<String, Long> counts() {
    long generation = cache.generation();
    if (generation != countsGeneration || generation < 0) {
      counts = read();
      countsGeneration = generation;
    }
    return counts;
  }

  public List<Node> tree() {
    return build(counts());
  }

  static List<Node> build(Map<String, Long> counts) {
    Map<String, Long> totals = new TreeMap<>();
    for (Map.Entry<String, Long> category : counts.entrySet()) {
      String[] parts = category.getKey().split("/");
      StringBuilder path = new StringBuilder();
      for (String part : parts) {
        path.append(path.isEmpty() ? "" : "/").append(part);
        totals.merge(path.toString(), category.getValue(), Long::sum);
      }
    }
    return children("", totals);
  }

  private static List<Node> children(String parent, Map<String, Long> totals) {
    List<Node> nodes = new ArrayList<>();
    for (Map.Entry<String, Long> entry : totals.entrySet()) {
      String path = entry.getKey();
      boolean child =
          parent.isEmpty()
              ? !path.contains("/")
              : path.startsWith(parent + "/") && path.indexOf('/', parent.length() + 1) < 0;
      if (child) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        nodes.add(new Node(name, path, entry.getValue(), children(path, totals)));
      }
    }
    nodes.sort(Comparator.comparingLong(Node::count).reversed().thenComparing(Node::path));
    return nodes;
  }

  /** A category as suggestions compare it: lower case, no accents, path separators as spaces. */
  static String searchable(String category) {
    return Normalizer.normalize(category.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .replace('/', ' ');
  }

  private Map<String, Long> read() {
    Map<String, Long> read = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            new BoundSql()
                .append("select category, count(*) as n from marketplace_listing")
                .append(" group by category order by n desc, category")
                .prepare(connection, timeoutSeconds);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        read.put(rows.getString("category"), rows.getLong("n"));
      }
    } catch (SQLException e) {
      throw ListingSearch.unavailable(e);
    }
    return java.util.Collections.unmodifiableMap(read);
  }
}
