package com.vita.catalog.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A store's catalogue as a spreadsheet, streamed: rows come from a server-side cursor ({@code
 * fetchSize}) and go out as they are read ({@link CatalogSheet}: SXSSF for xlsx, a writer for CSV),
 * so memory stays flat at any catalogue size. The columns are the import's (Spanish names), so an
 * export edited in a spreadsheet can be imported again. Runs outside the request's transaction (the
 * body is written after the resource returns), on a read-only connection of its own.
 */
@ApplicationScoped
public class CatalogExport {

  /** The import's columns, in the import's order. */
  public static final List<String> COLUMNS =
      List.of(
          "nombre",
          "descripción",
          "precio",
          "categoria",
          "sku",
          "stock",
          "imagen_url",
          "peso",
          "dimensiones");

  private static final int FETCH_SIZE = 1000;

  private static final String ROWS =
      """
      select p.id, p.name, p.description, p.price_minor, p.currency, p.category, p.sku, p.stock,
             (select i.id from product_image i where i.product_id = p.id
               order by i.created_at, i.id limit 1) as image_id,
             p.weight_grams, p.length_cm, p.width_cm, p.height_cm
        from product p
       where p.store_id = ? and p.deleted_at is null
       order by p.created_at, p.id
      """;

  @Resource(lookup = "jdbc/vita")
  DataSource dataSource;

  /**
   * Writes every product of the store (not deleted, any status) to {@code out}.
   *
   * @param imageBase the absolute URL products' images are served under ({@code …/api/v1/})
   */
  public void write(UUID storeId, CatalogSheet sheet, String imageBase, OutputStream out) {
    try (Connection c = dataSource.getConnection()) {
      // PostgreSQL streams with a cursor only inside a transaction. Read-only for this transaction
      // alone (SET TRANSACTION): Connection.setReadOnly would stay on the pooled connection.
      c.setAutoCommit(false);
      try (Statement readOnly = c.createStatement()) {
        readOnly.execute("set transaction read only");
      }
      try (PreparedStatement rows = c.prepareStatement(ROWS)) {
        rows.setFetchSize(FETCH_SIZE);
        rows.setObject(1, storeId);
        sheet.start(out, COLUMNS);
        try (ResultSet r = rows.executeQuery()) {
          while (r.next()) {
            sheet.row(row(r, imageBase));
          }
        }
        sheet.finish();
      } finally {
        c.rollback();
        c.setAutoCommit(true); // as the pool handed it out
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Export of store " + storeId + " failed", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Object> row(ResultSet r, String imageBase) throws SQLException {
    java.util.Currency currency = java.util.Currency.getInstance(r.getString("currency"));
    BigDecimal price =
        BigDecimal.valueOf(r.getLong("price_minor"), currency.getDefaultFractionDigits());
    String image = r.getString("image_id");
    BigDecimal length = r.getBigDecimal("length_cm");
    String dimensions =
        length == null
            ? null
            : plain(length)
                + "x"
                + plain(r.getBigDecimal("width_cm"))
                + "x"
                + plain(r.getBigDecimal("height_cm"));
    Object weight = r.getObject("weight_grams");
    return java.util.Arrays.asList(
        r.getString("name"),
        r.getString("description"),
        price,
        r.getString("category"),
        r.getString("sku"),
        r.getInt("stock"),
        image == null
            ? null
            : imageBase + "products/" + r.getString("id") + "/images/" + image + "/1600",
        weight,
        dimensions);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
