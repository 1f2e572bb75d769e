package com.vita.stores.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Test Store|test-store",
        "Café Ñandú|cafe-nandu",
        "  Árbol   de  Limón!! |arbol-de-limon",
        "Straße & Söhne|strasse-and-sohne",
        "Øresund Łódź Æble|oresund-lodz-aeble",
        "ＶＩＴＡ　Ｓｈｏｐ|vita-shop",
        "ﬁne ﬂowers|fine-flowers",
        "İstanbul ılık|istanbul-ilik",
        "--Ya--Ya--|ya-ya",
        "Tienda_2024/Outlet.cl|tienda-2024-outlet-cl",
        "متجر دبي|store",
        "!!!|store",
        "Ça va? Où ça?|ca-va-ou-ca"
      })
  void foldsANameToALowerCaseAsciiSlug(String name, String slug) {
    assertEquals(slug, Slug.fromName(name).value());
  }

  @Test
  void aLongNameIsCutAtAWordBoundaryLeavingRoomForASuffix() {
    String name = "a".repeat(49) + " bcd efg";
    Slug slug = Slug.fromName(name);
    assertEquals("a".repeat(49), slug.value());
    assertTrue(slug.numbered(99999).value().length() <= Slug.MAX_LENGTH);
    assertEquals(Slug.MAX_BASE_LENGTH, Slug.fromName("x".repeat(500)).value().length());
  }

  @Test
  void candidatesAreTheBaseThenNumberedFromTwo() {
    Slug base = new Slug("shop");
    assertEquals("shop", base.numbered(1).value());
    assertEquals("shop-2", base.numbered(2).value());
    assertThrows(IllegalArgumentException.class, () -> base.numbered(0));
    assertTrue(new Slug("shop-3").isCandidateOf(base));
    assertTrue(base.isCandidateOf(base));
    assertEquals(Optional.of(3), new Slug("shop-3").suffixOver(base));
    assertFalse(new Slug("shop-1").isCandidateOf(base), "1 is the base itself");
    assertFalse(new Slug("shop-03").isCandidateOf(base));
    assertFalse(new Slug("shop-online").isCandidateOf(base));
    assertFalse(new Slug("shop-1234567").isCandidateOf(base));
    assertFalse(new Slug("shopping").isCandidateOf(base));
    assertFalse(new Slug("shop-2-2").isCandidateOf(base));
  }

  @Test
  void onlyTheSlugAlphabetIsASlug() {
    assertTrue(Slug.parse("tienda-1").isPresent());
    for (String bad :
        new String[] {
          "Tienda", "tienda--1", "-tienda", "tienda-", "tiénda", "", "a b", "x".repeat(61)
        }) {
      assertTrue(Slug.parse(bad).isEmpty(), bad);
      assertThrows(IllegalArgumentException.class, () -> new Slug(bad), bad);
    }
    assertTrue(Slug.parse(null).isEmpty());
    assertEquals("store", Slug.fromName(null).value());
    assertEquals("tienda", new Slug("tienda").toString());
  }
}
