package com.vita.auth.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

  private static final EmailAddress EMAIL = EmailAddress.normalised("Ana.Maria+shop@example.com");

  @ParameterizedTest
  @CsvSource({
    "José Núñez, jose-nunez",
    "  Ana   María  , ana-maria",
    "Łukasz Øster, lukasz-oster",
    "Straße & Söhne GmbH, strasse-and-sohne-gmbh",
    "Test User, test-user",
    "ÆON -- Œuvre!, aeon-oeuvre"
  })
  void namesFoldToUrlSafeBases(String name, String base) {
    assertEquals(base, Username.baseFor(name, EMAIL));
  }

  @Test
  void aNameWithTooFewLatinLettersFallsBackToTheEmail() {
    assertEquals("ana-maria-shop", Username.baseFor("李", EMAIL));
    assertEquals("ana-maria-shop", Username.baseFor(null, EMAIL));
    assertEquals("user", Username.baseFor("", EmailAddress.normalised("...@example.com")));
  }

  @Test
  void longBasesAreCutToThirtyWithoutATrailingHyphen() {
    String base = Username.baseFor("a".repeat(29) + " bcd", EMAIL);
    assertEquals("a".repeat(29), base);
    Username suffixed = Username.withSuffix("b".repeat(30), "x7k2");
    assertEquals("b".repeat(25) + "-x7k2", suffixed.value());
    assertEquals("ab-x7k2", Username.withSuffix("ab", "x7k2").value());
  }

  @Test
  void plainRefusesReservedAndShortBases() {
    assertEquals(Optional.empty(), Username.plain("admin"));
    assertEquals(Optional.empty(), Username.plain("ab"));
    assertEquals("ana", Username.plain("ana").orElseThrow().value());
  }

  @Test
  void parseAcceptsAnyCaseAndRefusesTheRest() {
    assertEquals("mi-tienda-2", Username.parse(" Mi-Tienda-2 ").orElseThrow().value());
    assertEquals(Optional.empty(), Username.parse(null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ab",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "-ana",
        "ana-",
        "an--a",
        "an a",
        "añá",
        "www",
        "s-"
      })
  void malformedOrReservedAreNotUsernames(String requested) {
    assertTrue(Username.parse(requested).isEmpty(), requested);
  }

  @Test
  void theConstructorGuardsTheFormat() {
    assertThrows(IllegalArgumentException.class, () -> new Username("Bad Name"));
    assertEquals("ana", new Username("ana").toString());
  }

  @Test
  void personNamesComposeTheDisplayedName() {
    PersonName seed = PersonName.of(null, " Test ", "User");
    assertEquals("Test User", seed.display());
    assertEquals("Test", seed.first());
    PersonName both = PersonName.of("Ana", "Ana María", "Pérez");
    assertEquals("Ana", both.display());
    assertEquals("Pérez", both.last());
    PersonName plain = PersonName.displayed(" Ana ");
    assertEquals("Ana", plain.display());
    assertEquals(null, plain.first());
  }
}
