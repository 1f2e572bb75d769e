package com.vita.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BodyPaceTest {

  private final BodyPace pace = new BodyPace(10_000, 2048);

  @Test
  void withinTheGraceAnythingGoes() {
    assertFalse(pace.behind(0, 0));
    assertFalse(pace.behind(10_000, 0));
  }

  @Test
  void aTrickleIsBehindSoonAfterTheGrace() {
    assertTrue(pace.behind(11_000, 11)); // a byte a second
    assertFalse(pace.behind(11_000, 2048));
  }

  @Test
  void aLargeUploadAtAUsableSpeedNeverFallsBehind() {
    long tenMinutes = 600_000;
    long at100KbPerSecond = 100 * 1024 * 600;
    assertFalse(pace.behind(tenMinutes, at100KbPerSecond));
  }

  @Test
  void theNextCheckIsWhenWhatArrivedStopsBeingEnough() {
    assertEquals(10_000 + 1000 / 2048, pace.nextCheckMillis(0, 0));
    assertEquals(10_000 + 1000, pace.nextCheckMillis(0, 2047));
    assertEquals(BodyPace.MIN_CHECK_MILLIS, pace.nextCheckMillis(60_000, 0));
  }

  @Test
  void theCeilingLeavesRoomForTheLargestBodyAtTheSlowestPace() {
    assertEquals(10_000 + 25_600_000 + 10_000, pace.ceilingMillis(52_428_800));
  }

  @Test
  void aPaceThatCouldNeverBeMetIsASettingsError() {
    assertThrows(IllegalArgumentException.class, () -> new BodyPace(1000, 0));
    assertThrows(IllegalArgumentException.class, () -> new BodyPace(-1, 1));
  }
}
