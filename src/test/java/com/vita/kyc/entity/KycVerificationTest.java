package com.vita.kyc.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KycVerificationTest {

  private static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);
  private static final Map<String, String> SUMMARY = Map.of("status", "Approved");

  private static KycVerification fresh() {
    return KycVerification.open(UUID.randomUUID(), "didit", "s-1", "Not Started", T0);
  }

  @Test
  void startsPending() {
    assertEquals(KycStatus.PENDING, fresh().status());
  }

  @Test
  void theSameReportTwiceChangesNothing() {
    KycVerification v = fresh();
    assertTrue(v.report(KycStatus.APPROVED, "Approved", false, SUMMARY, T1));
    assertFalse(v.report(KycStatus.APPROVED, "Approved", false, SUMMARY, T1.plusSeconds(5)));
    assertEquals(T1, v.updatedAt());
    assertEquals(SUMMARY, v.decision());
  }

  @Test
  void aLatePendingNeverUndoesADecisionButAResubmissionReopens() {
    KycVerification v = fresh();
    v.report(KycStatus.DECLINED, "Declined", false, Map.of(), T1);
    assertFalse(v.report(KycStatus.PENDING, "In Progress", false, Map.of(), T1));
    assertEquals(KycStatus.DECLINED, v.status());
    assertTrue(v.report(KycStatus.PENDING, "Resubmitted", true, Map.of(), T1));
    assertEquals(KycStatus.PENDING, v.status());
  }
}
