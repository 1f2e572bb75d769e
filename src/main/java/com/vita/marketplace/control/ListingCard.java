package com.vita.marketplace.control;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.UUID;

/** A product as the marketplace shows it: what a result list needs, nothing of the seller's. */
public record ListingCard(
    UUID id,
    String name,
    String category,
    BigDecimal price,
    String currency,
    long priceMinor,
    UUID storeId,
    String storeName,
    String country,
    long unitsSold,
    Instant createdAt) {

  /** The columns {@link #read} expects, of {@code marketplace_listing l}. */
  static final String COLUMNS =
      "l.product_id, l.name, l.category, l.price_minor, l.currency, l.store_id, l.store_name,"
          + " l.country, l.units_sold, l.created_at";

  static ListingCard read(ResultSet row) throws SQLException {
    String currency = row.getString("currency").trim();
    long minor = row.getLong("price_minor");
    return new ListingCard(
        row.getObject("product_id", UUID.class),
        row.getString("name"),
        row.getString("category"),
        BigDecimal.valueOf(minor, Currency.getInstance(currency).getDefaultFractionDigits()),
        currency,
        minor,
        row.getObject("store_id", UUID.class),
        row.getString("store_name"),
        row.getString("country"),
        row.getLong("units_sold"),
        row.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}
