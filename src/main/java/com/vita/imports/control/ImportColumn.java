package com.vita.imports.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an import file: the seed's Spanish headers, with English aliases. Headers are
 * matched without case, accents or surrounding space, so "Descripción", "descripcion" and
 * "DESCRIPTION" are one column.
 */
public enum ImportColumn {
  NAME("nombre", "name"),
  DESCRIPTION("descripción", "description"),
  PRICE("precio", "price"),
  CATEGORY("categoria", "category"),
  SKU("sku", "sku"),
  STOCK("stock", "stock"),
  IMAGE_URL("imagen_url", "image_url"),
  WEIGHT("peso", "weight"),
  DIMENSIONS("dimensiones", "dimensions");

  private final String header;
  private final String alias;

  ImportColumn(String header, String alias) {
    this.header = header;
    this.alias = alias;
  }

  /** The seed's header, as the template and the errors workbook write it. */
  public String header() {
    return header;
  }

  /** The English name, also the field name catalog's rules report errors under. */
  public String alias() {
    return alias;
  }

  /** The column a header cell names, if any. */
  public static Optional<ImportColumn> forHeader(String cell) {
    if (cell == null) {
      return Optional.empty();
    }
    String key = folded(cell);
    for (ImportColumn column : values()) {
      if (folded(column.header).equals(key) || column.alias.equals(key)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  /** The column catalog's rules mean by a field name ({@code price}, {@code weightGrams}...). */
  public static Optional<ImportColumn> forField(String field) {
    if (field == null) {
      return Optional.empty();
    }
    String key = field.toLowerCase(Locale.ROOT);
    for (ImportColumn column : values()) {
      if (key.startsWith(column.alias.replace("_", ""))
          || key.replace("_", "").startsWith(column.alias.replace("_", ""))) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  private static String folded(String text) {
    String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
    return decomposed
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replace(' ', '_')
        .replace('-', '_');
  }
}
