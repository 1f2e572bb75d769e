package com.vita.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsciiFoldTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Café Ñandú|cafe-nandu",
        "José Núñez|jose-nunez",
        "Straße Öster|strasse-oster",
        "Þóra & Ðan|thora-and-dan",
        "Œuvre Æther Ørsted Łódź Đakovo|oeuvre-aether-orsted-lodz-dakovo",
        "ﬁne ＡＢＣ|fine-abc",
        "--Hello,   World!--|hello-world",
        "東京|''",
        "''|''"
      })
  void foldsToLowerCaseAsciiWordsJoinedByHyphens(String text, String folded) {
    assertEquals(folded, AsciiFold.hyphenated(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"-a-b-|a-b", "---|''", "abc|abc"})
  void trimsHyphensAtBothEnds(String text, String trimmed) {
    assertEquals(trimmed, AsciiFold.trimHyphens(text));
  }
}
