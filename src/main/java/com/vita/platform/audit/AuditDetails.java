package com.vita.platform.audit;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The last guard between a caller's details and the audit table: callers must not pass secrets, and
 * entries whose key looks like one are dropped anyway (and the key named in a warning, so the
 * mistake gets fixed where it was made).
 */
final class AuditDetails {

  private static final System.Logger LOG = System.getLogger(AuditDetails.class.getName());

  /**
   * Keys that usually hold a credential: password, newPassword, refresh_token, clientSecret, otp...
   * ("otp" only as a whole word: "footprint" is harmless).
   */
  private static final Pattern SECRET_KEY =
      Pattern.compile(
          "(?i).*(passw|pwd|token|secret|credential|authorization|cookie|api[-_]?key).*"
              + "|(?i)(.*[-_.])?otp([-_.].*)?");

  private AuditDetails() {}

  /** A sorted copy without null entries and without entries whose key names a secret. */
  static SortedMap<String, String> withoutSecrets(Map<String, String> details) {
    SortedMap<String, String> kept = new TreeMap<>();
    if (details == null) {
      return Collections.unmodifiableSortedMap(kept);
    }
    details.forEach(
        (key, value) -> {
          if (key == null || value == null) {
            return;
          }
          if (SECRET_KEY.matcher(key).matches()) {
            LOG.log(
                System.Logger.Level.WARNING, "Audit detail {0} dropped: it names a secret", key);
            return;
          }
          kept.put(key, value);
        });
    return Collections.unmodifiableSortedMap(kept);
  }
}
