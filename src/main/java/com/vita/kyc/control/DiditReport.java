package com.vita.kyc.control;

import com.vita.kyc.entity.KycStatus;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a DIDIT webhook says, in VITA's terms: which session, VITA's status for DIDIT's, and the
 * decision summary VITA keeps (document type, issuing country, verification date, DIDIT's status;
 * never images, names or numbers).
 *
 * @param status empty when DIDIT sent a status VITA does not know
 */
public record DiditReport(
    String sessionId,
    String providerStatus,
    Optional<KycStatus> status,
    boolean reopens,
    Map<String, String> summary) {

  /**
   * DIDIT's statuses to VITA's. Abandoned and Expired sessions ended without approval: declined,
   * and the person may start a new one. Resubmitted means DIDIT asked for new steps: pending again.
   */
  static Optional<KycStatus> map(String diditStatus) {
    return Optional.ofNullable(
        switch (diditStatus) {
          case "Not Started", "In Progress", "Resubmitted", "Awaiting User" -> KycStatus.PENDING;
          case "Approved" -> KycStatus.APPROVED;
          case "Declined", "Abandoned", "Expired" -> KycStatus.DECLINED;
          case "In Review" -> KycStatus.NEEDS_REVIEW;
          default -> null;
        });
  }

  /**
   * Parses a webhook body (already verified).
   *
   * @throws IllegalArgumentException when it is not JSON, or lacks {@code session_id} or {@code
   *     status}
   */
  public static DiditReport parse(byte[] body) {
    JsonObject json;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      json = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new IllegalArgumentException("not a JSON object", e);
    }
    String sessionId = text(json, "session_id");
    String status = text(json, "status");
    if (sessionId == null || sessionId.isBlank() || status == null || status.isBlank()) {
      throw new IllegalArgumentException("session_id and status are required");
    }
    return new DiditReport(
        sessionId, status, map(status), "Resubmitted".equals(status), summary(json, status));
  }

  private static Map<String, String> summary(JsonObject json, String status) {
    JsonObject decision = object(json, "decision");
    if (decision == null) {
      return Map.of();
    }
    Map<String, String> kept = new LinkedHashMap<>();
    kept.put("status", status);
    JsonObject document = object(decision, "id_verification");
    if (document == null && decision.get("id_verifications") instanceof JsonArray all) {
      document = all.isEmpty() || !(all.get(0) instanceof JsonObject first) ? null : first;
    }
    if (document != null) {
      putIfPresent(kept, "documentType", text(document, "document_type"));
      putIfPresent(kept, "issuingCountry", text(document, "issuing_state"));
      putIfPresent(kept, "documentStatus", text(document, "status"));
    }
    String decided = text(decision, "created_at");
    putIfPresent(kept, "verifiedAt", decided != null ? decided : text(json, "created_at"));
    return kept;
  }

  private static void putIfPresent(Map<String, String> map, String key, String value) {
    if (value != null && !value.isBlank()) {
      map.put(key, value);
    }
  }

  private static JsonObject object(JsonObject json, String key) {
    return json.get(key) instanceof JsonObject inner ? inner : null;
  }

  /** A string field as text; numbers (DIDIT sends some times as epoch seconds) as their digits. */
  private static String text(JsonObject json, String key) {
    JsonValue value = json.get(key);
    if (value instanceof JsonString string) {
      return string.getString();
    }
    if (value != null && value.getValueType() == JsonValue.ValueType.NUMBER) {
      return value.toString();
    }
    return null;
  }
}
