package com.vita.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportColumnTest {

  @Test
  void headersMatchWithoutCaseAccentsOrSpaceAndInEnglish() {
    assertEquals(Optional.of(ImportColumn.DESCRIPTION), ImportColumn.forHeader(" Descripcion "));
    assertEquals(Optional.of(ImportColumn.DESCRIPTION), ImportColumn.forHeader("DESCRIPCIÓN"));
    assertEquals(Optional.of(ImportColumn.IMAGE_URL), ImportColumn.forHeader("Image URL"));
    assertEquals(Optional.of(ImportColumn.IMAGE_URL), ImportColumn.forHeader("imagen-url"));
    assertEquals(Optional.of(ImportColumn.CATEGORY), ImportColumn.forHeader("categoría"));
    assertEquals(Optional.of(ImportColumn.WEIGHT), ImportColumn.forHeader("weight"));
    assertTrue(ImportColumn.forHeader("notas").isEmpty());
    assertTrue(ImportColumn.forHeader(null).isEmpty());
  }

  @Test
  void catalogFieldsNameTheirColumn() {
    assertEquals(Optional.of(ImportColumn.WEIGHT), ImportColumn.forField("weightGrams"));
    assertEquals(Optional.of(ImportColumn.PRICE), ImportColumn.forField("price"));
    assertEquals(Optional.of(ImportColumn.IMAGE_URL), ImportColumn.forField("imageUrl"));
    assertTrue(ImportColumn.forField("other").isEmpty());
    assertTrue(ImportColumn.forField(null).isEmpty());
    assertEquals("peso", ImportColumn.WEIGHT.header());
  }
}
