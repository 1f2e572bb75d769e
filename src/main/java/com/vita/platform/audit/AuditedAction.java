package com.vita.platform.audit;

import java.util.Map;
import java.util.UUID;

/**
 * A security-relevant action, as a CDI event for components that prefer firing to calling: {@code
 * Event<AuditedAction>.fire(...)} is recorded by {@link AuditTrail} synchronously, in its own
 * transaction, exactly like {@link AuditTrail#record}. Do not fire it asynchronously: the record
 * must exist before the action's response leaves.
 *
 * @param action dotted lower-case name, e.g. {@code auth.login.failure}
 * @param actorId the account that acted, or null
 * @param subject what it acted on (a user id, an e-mail hash), or null
 * @param details extra facts; never passwords, tokens or other secrets
 */
public record AuditedAction(
    String action, UUID actorId, String subject, Map<String, String> details) {

  public AuditedAction {
    details = details == null ? Map.of() : details;
  }
}
