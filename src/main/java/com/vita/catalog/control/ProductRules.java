package com.vita.catalog.control;

import com.vita.catalog.entity.Dimensions;
import com.vita.catalog.entity.ProductContent;
import com.vita.catalog.entity.ProductStatus;
import com.vita.platform.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue's rules for a product (seed 000 and SPEC): the one implementation the products API
 * and the import both apply, so a row the import accepts is one the API would too. Lengths count
 * characters (code points), as PostgreSQL's {@code varchar(n)} does.
 */
@ApplicationScoped
public class ProductRules {

  public static final int NAME_MIN = 3;
  public static final int NAME_MAX = 100;
  public static final int DESCRIPTION_MAX = 1000;
  public static final int CATEGORY_MAX = 50;
  public static final int SKU_MAX = 50;

  /** One tonne: anything heavier is freight, not a parcel. */
  public static final int WEIGHT_MAX_GRAMS = 1_000_000;

  /** Ten metres a side; {@code numeric(6,1)} holds it. */
  public static final BigDecimal SIDE_MAX_CM = new BigDecimal("1000.0");

  /** Ten billion of the currency's minor units: far above any product, far below overflow. */
  static final long PRICE_MAX_MINOR = 10_000_000_000_000L;

  private static final Pattern SKU = Pattern.compile("[A-Za-z0-9]{1," + SKU_MAX + "}");
  private static final String NUMBER = "(\\d{1,4}(?:[.,]\\d)?)";
  private static final Pattern DIMENSIONS =
      Pattern.compile(
          "\\s*" + NUMBER + "\\s*[xX×*]\\s*" + NUMBER + "\\s*[xX×*]\\s*" + NUMBER + "\\s*");

  /**
   * Every rule the draft breaks for a store pricing in {@code currency} (ISO 4217), empty when it
   * has none.
   */
  public List<FieldError> check(ProductDraft d, String currency) {
    Currency money = Currency.getInstance(currency);
    List<FieldError> errors = new ArrayList<>();
    if (d.sku() != null && !d.sku().isBlank() && !SKU.matcher(d.sku()).matches()) {
      errors.add(
          new FieldError("sku", "letters and digits only (A-Z, a-z, 0-9), at most " + SKU_MAX));
    }
    text(errors, "name", d.name(), true, NAME_MIN, NAME_MAX, false);
    text(errors, "description", d.description(), false, 0, DESCRIPTION_MAX, true);
    text(errors, "category", d.category(), false, 1, CATEGORY_MAX, false);
    price(errors, d.price(), money);
    if (d.stock() == null) {
      errors.add(new FieldError("stock", "is required"));
    } else if (d.stock() < 0) {
      errors.add(new FieldError("stock", "must be a whole number of at least 0"));
    }
    if (d.weightGrams() != null && (d.weightGrams() <= 0 || d.weightGrams() > WEIGHT_MAX_GRAMS)) {
      errors.add(
          new FieldError("weightGrams", "grams, more than 0 and at most " + WEIGHT_MAX_GRAMS));
    }
    if (d.dimensions() != null && !d.dimensions().isBlank() && dimensions(d.dimensions()) == null) {
      errors.add(
          new FieldError(
              "dimensions",
              "length x width x height in centimetres, each more than 0 and at most "
                  + SIDE_MAX_CM.toPlainString()
                  + ", e.g. 30x20x10.5"));
    }
    return errors;
  }

  /**
   * The checked draft as a product's content; only for a draft {@link #check} found no fault in.
   *
   * @param storeCategory the category when the draft names none
   */
  public ProductContent content(
      ProductDraft d, Currency currency, String storeCategory, ProductStatus status) {
    String category = d.category() == null || d.category().isBlank() ? storeCategory : d.category();
    return new ProductContent(
        d.name(),
        d.description() == null || d.description().isEmpty() ? null : d.description(),
        category,
        Money.of(d.price(), currency),
        d.weightGrams(),
        d.dimensions() == null || d.dimensions().isBlank() ? null : dimensions(d.dimensions()),
        status);
  }

  /** {@code 30x20x10.5} (also with {@code ×}, {@code *} or a decimal comma), or null. */
  static Dimensions dimensions(String text) {
    Matcher m = DIMENSIONS.matcher(text);
    if (!m.matches()) {
      return null;
    }
    BigDecimal[] sides = new BigDecimal[3];
    for (int i = 0; i < 3; i++) {
      BigDecimal side = new BigDecimal(m.group(i + 1).replace(',', '.')).setScale(1);
      if (side.signum() <= 0 || side.compareTo(SIDE_MAX_CM) > 0) {
        return null;
      }
      sides[i] = side;
    }
    return new Dimensions(sides[0], sides[1], sides[2]);
  }

  private static void price(List<FieldError> errors, BigDecimal price, Currency currency) {
    if (price == null) {
      errors.add(new FieldError("price", "is required"));
      return;
    }
    int digits = currency.getDefaultFractionDigits();
    if (price.signum() <= 0) {
      errors.add(new FieldError("price", "must be more than 0"));
    } else if (price.stripTrailingZeros().scale() > digits) {
      errors.add(
          new FieldError(
              "price",
              digits == 0
                  ? currency.getCurrencyCode() + " has no decimals"
                  : "at most " + digits + " decimals in " + currency.getCurrencyCode()));
    } else if (price.precision() - price.scale() > 16
        || price.setScale(digits, RoundingMode.UNNECESSARY).movePointRight(digits).longValue()
            > PRICE_MAX_MINOR) {
      errors.add(new FieldError("price", "is too large"));
    }
  }

  private static void text(
      List<FieldError> errors,
      String field,
      String value,
      boolean required,
      int min,
      int max,
      boolean multiline) {
    if (value == null || value.isEmpty()) {
      if (required) {
        errors.add(new FieldError(field, "is required"));
      }
      return;
    }
    if (value.isBlank()) {
      errors.add(new FieldError(field, required ? "is required" : "must not be blank"));
      return;
    }
    int length = value.codePointCount(0, value.length());
    if (length < min || length > max) {
      errors.add(
          new FieldError(
              field,
              min > 1
                  ? "between " + min + " and " + max + " characters"
                  : "at most " + max + " characters"));
    } else if (hasControlCharacters(value, multiline)) {
      errors.add(
          new FieldError(
              field,
              multiline
                  ? "must not contain control characters other than line breaks and tabs"
                  : "must not contain control characters or line breaks"));
    }
  }

  /** NUL would fail in PostgreSQL (a 500); the others have no place in a product's text. */
  private static boolean hasControlCharacters(String value, boolean multiline) {
    return value
        .codePoints()
        .anyMatch(
            c ->
                Character.getType(c) == Character.CONTROL
                    && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
  }
}
