package com.vita.platform.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vita.platform.problems.ProblemException;
import org.junit.jupiter.api.Test;

class IfMatchTest {

  @Test
  void noHeaderIsNoPrecondition() {
    assertDoesNotThrow(() -> IfMatch.of(null).require(7, "store"));
    assertDoesNotThrow(() -> IfMatch.of("  ").require(7, "store"));
  }

  @Test
  void theCurrentTagOrAStarMatches() {
    assertEquals("\"7\"", IfMatch.tagOf(7));
    assertDoesNotThrow(() -> IfMatch.of("\"7\"").require(7, "store"));
    assertDoesNotThrow(() -> IfMatch.of("\"5\", \"7\"").require(7, "store"));
    assertDoesNotThrow(() -> IfMatch.of("*").require(7, "store"));
  }

  @Test
  void anotherVersionAWeakTagOrGarbageIs412() {
    for (String header : new String[] {"\"6\"", "W/\"7\"", "7", "garbage"}) {
      ProblemException refused =
          assertThrows(
              ProblemException.class, () -> IfMatch.of(header).require(7, "store"), header);
      assertEquals(412, refused.type().status());
    }
  }
}
