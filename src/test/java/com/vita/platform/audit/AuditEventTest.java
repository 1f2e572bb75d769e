package com.vita.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditEventTest {

  private static AuditEvent event(String action, String subject, String ip) {
    return new AuditEvent(
        Instant.now(), action, UUID.randomUUID(), subject, ip, "req-1", Map.of("k", "v"));
  }

  @Test
  void actionsAreDottedLowerCaseNames() {
    for (String action :
        new String[] {
          "auth.register",
          "auth.login.success",
          "auth.login.failure",
          "auth.refresh.reuse",
          "auth.logout",
          "auth.password.reset",
          "auth.role.change",
          "kyb.review_approved"
        }) {
      assertEquals(action, event(action, null, null).action());
    }
    for (String action :
        new String[] {"login", "Auth.Login", "auth..login", "auth.login.", ".auth", "auth login"}) {
      assertThrows(IllegalArgumentException.class, () -> event(action, null, null), action);
    }
    assertThrows(IllegalArgumentException.class, () -> event(null, null, null));
    assertThrows(IllegalArgumentException.class, () -> event("a." + "b".repeat(63), null, null));
  }

  @Test
  void anIpv6ZoneIsNotPartOfTheClientAddress() {
    assertEquals("fe80::1", event("auth.logout", null, "fe80::1%eth0").ip());
    assertEquals("203.0.113.7", event("auth.logout", null, "203.0.113.7").ip());
  }

  @Test
  void anOverlongSubjectIsCutNotLost() {
    assertEquals(255, event("auth.logout", "x".repeat(300), null).subject().length());
    assertEquals("user-1", event("auth.logout", "user-1", null).subject());
  }
}
