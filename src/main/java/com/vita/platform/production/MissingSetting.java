package com.vita.platform.production;

/**
 * One setting production needs and does not have.
 *
 * @param variable the environment variable to set, or the alternatives ({@code "JWT_SIGNING_KEY or
 *     JWT_SIGNING_KEY_LOCATION"})
 * @param consequence what VITA would do without it, completing "without it, ..."
 */
public record MissingSetting(String variable, String consequence) {

  public MissingSetting {
    if (variable == null || variable.isBlank() || consequence == null || consequence.isBlank()) {
      throw new IllegalArgumentException("A missing setting needs a variable and a consequence");
    }
  }

  /** The log line: {@code REDIS_URL is not set: without it, ...}. */
  public String line() {
    return variable + " is not set: without it, " + consequence;
  }
}
