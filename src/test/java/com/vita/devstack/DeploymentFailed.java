package com.vita.devstack;

import java.util.List;

/**
 * Payara Micro booted but VITA is not deployed: it refused to start (production without its
 * settings) or its deployment failed. Payara would keep running without it, so the launcher stops
 * the server and reports what VITA logged instead of waiting for a readiness that never comes.
 */
public final class DeploymentFailed extends IllegalStateException {

  private final transient List<String> errors;

  DeploymentFailed(List<String> errors, String where) {
    super(
        "VITA did not start: its deployment failed"
            + (errors.isEmpty() ? "" : ":\n  " + String.join("\n  ", errors))
            + where);
    this.errors = List.copyOf(errors);
  }

  /** The error lines logged on the way, VITA's own if it logged any. */
  public List<String> errors() {
    return errors;
  }
}
