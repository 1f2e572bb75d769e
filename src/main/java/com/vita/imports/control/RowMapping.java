package com.vita.imports.control;

import com.vita.catalog.control.ProductDraft;
import com.vita.catalog.control.ProductRules;
import com.vita.platform.problems.Problem.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A source row as a {@link ProductDraft}, or the reasons it is none. Numbers are read as written
 * ({@code 12.50}; a lone comma is taken as the decimal separator, {@code 12,50}); a date or text in
 * a number column, or a fraction where a whole number is due, is an error of that column. Errors
 * name the column by the seed's header (precio, stock...), as the seller's file does.
 */
final class RowMapping {

  private static final Pattern DECIMAL_COMMA = Pattern.compile("-?[0-9]+,[0-9]+");
  private static final int MAX_URL = 2000;

  private RowMapping() {}

  static ImportRow mapped(SourceRow row, String currency, ProductRules rules) {
    List<FieldError> errors = new ArrayList<>();
    String sku = row.value(ImportColumn.SKU);
    if (sku == null) {
      errors.add(error(ImportColumn.SKU, "is required: the import updates products by SKU"));
    }
    if (row.value(ImportColumn.NAME) == null) {
      errors.add(error(ImportColumn.NAME, "is required"));
    }
    BigDecimal price = decimal(row, ImportColumn.PRICE, errors);
    if (price == null && row.value(ImportColumn.PRICE) == null) {
      errors.add(error(ImportColumn.PRICE, "is required"));
    }
    Integer stock = whole(row, ImportColumn.STOCK, errors);
    Integer weight = whole(row, ImportColumn.WEIGHT, errors);
    String imageUrl = row.value(ImportColumn.IMAGE_URL);
    if (imageUrl != null && (imageUrl.length() > MAX_URL || !imageUrl.matches("(?i)https?://.+"))) {
      errors.add(error(ImportColumn.IMAGE_URL, "must be an http or https URL"));
    }
    ProductDraft draft =
        new ProductDraft(
            sku,
            row.value(ImportColumn.NAME),
            row.value(ImportColumn.DESCRIPTION),
            price,
            row.value(ImportColumn.CATEGORY),
            stock,
            weight,
            row.value(ImportColumn.DIMENSIONS));
    if (errors.isEmpty()) {
      for (com.vita.catalog.control.FieldError rule : rules.check(draft, currency)) {
        String column =
            ImportColumn.forField(rule.field()).map(ImportColumn::header).orElse(rule.field());
        errors.add(new FieldError(column, rule.message()));
      }
    }
    if (!errors.isEmpty()) {
      throw new RowRejected(row, errors);
    }
    return new ImportRow(row, draft, imageUrl);
  }

  private static BigDecimal decimal(SourceRow row, ImportColumn column, List<FieldError> errors) {
    String text = row.value(column);
    if (text == null) {
      return null;
    }
    String plain = DECIMAL_COMMA.matcher(text).matches() ? text.replace(',', '.') : text;
    try {
      return new BigDecimal(plain);
    } catch (NumberFormatException e) {
      errors.add(error(column, "must be a number, not '" + shortened(text) + "'" + dateHint(text)));
      return null;
    }
  }

  private static Integer whole(SourceRow row, ImportColumn column, List<FieldError> errors) {
    BigDecimal value = decimal(row, column, errors);
    if (value == null) {
      return null;
    }
    try {
      return value.stripTrailingZeros().intValueExact();
    } catch (ArithmeticException e) {
      errors.add(error(column, "must be a whole number, not " + value.toPlainString()));
      return null;
    }
  }

  private static String dateHint(String text) {
    return text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? " (the cell holds a date)" : "";
  }

  private static String shortened(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  private static FieldError error(ImportColumn column, String message) {
    return new FieldError(column.header(), message);
  }
}
