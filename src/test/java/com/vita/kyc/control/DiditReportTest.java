package com.vita.kyc.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.kyc.entity.KycStatus;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiditReportTest {

  @Test
  void mapsDiditStatusesToVitas() {
    assertEquals(Optional.of(KycStatus.PENDING), DiditReport.map("Not Started"));
    assertEquals(Optional.of(KycStatus.PENDING), DiditReport.map("In Progress"));
    assertEquals(Optional.of(KycStatus.PENDING), DiditReport.map("Resubmitted"));
    assertEquals(Optional.of(KycStatus.APPROVED), DiditReport.map("Approved"));
    assertEquals(Optional.of(KycStatus.DECLINED), DiditReport.map("Declined"));
    assertEquals(Optional.of(KycStatus.DECLINED), DiditReport.map("Abandoned"));
    assertEquals(Optional.of(KycStatus.DECLINED), DiditReport.map("Expired"));
    assertEquals(Optional.of(KycStatus.NEEDS_REVIEW), DiditReport.map("In Review"));
    assertEquals(Optional.empty(), DiditReport.map("Something New"));
  }

  @Test
  void keepsOnlyTheDecisionSummary() {
    DiditReport report =
        parse(
            """
            {"session_id":"s-1","status":"Approved","webhook_type":"status.updated",
             "vendor_data":"u-1","created_at":1700000000,
             "decision":{"created_at":"2026-01-01T12:00:00Z",
               "id_verification":{"status":"Approved","document_type":"Identity Card",
                 "issuing_state":"CHL","document_number":"12345678","first_name":"Ana",
                 "portrait_image":"https://example.com/p.jpg"}}}
            """);
    assertEquals("s-1", report.sessionId());
    assertEquals(Optional.of(KycStatus.APPROVED), report.status());
    assertEquals(
        Map.of(
            "status", "Approved",
            "documentType", "Identity Card",
            "issuingCountry", "CHL",
            "documentStatus", "Approved",
            "verifiedAt", "2026-01-01T12:00:00Z"),
        report.summary());
  }

  @Test
  void readsTheListFormOfIdVerifications() {
    DiditReport report =
        parse(
            """
            {"session_id":"s-1","status":"Declined","created_at":1700000000,
             "decision":{"id_verifications":[{"document_type":"Passport","issuing_state":"ESP"}]}}
            """);
    assertEquals("Passport", report.summary().get("documentType"));
    assertEquals("1700000000", report.summary().get("verifiedAt"));
  }

  @Test
  void withoutADecisionThereIsNoSummary() {
    DiditReport report = parse("{\"session_id\":\"s-1\",\"status\":\"In Progress\"}");
    assertTrue(report.summary().isEmpty());
  }

  @Test
  void refusesWhatIsNotASessionEvent() {
    assertThrows(IllegalArgumentException.class, () -> parse("{not json"));
    assertThrows(IllegalArgumentException.class, () -> parse("[1,2]"));
    assertThrows(IllegalArgumentException.class, () -> parse("{\"status\":\"Approved\"}"));
    assertThrows(IllegalArgumentException.class, () -> parse("{\"session_id\":\"s\"}"));
  }

  private static DiditReport parse(String json) {
    return DiditReport.parse(json.getBytes(StandardCharsets.UTF_8));
  }
}
