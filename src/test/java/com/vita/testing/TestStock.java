package com.vita.testing;

import java.sql.SQLException;
import java.util.UUID;

/** What the stock history says, read straight from the database the shared server uses. */
public final class TestStock {

  private TestStock() {}

  /** The sum of the product's stock movements: equal to its stock when the history is whole. */
  public static long sumOfMovements(String productId) throws SQLException {
    return ((Number)
            TestDatabase.rows(
                    "select coalesce(sum(delta), 0) as s from stock_movement where product_id = ?",
                    UUID.fromString(productId))
                .get(0)
                .get("s"))
        .longValue();
  }
}
